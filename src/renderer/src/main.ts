import { Chart } from 'chart.js'
import { mount } from 'svelte'
import App from './App.svelte'
// Hangul for the Korean UI on every system, offline: only the subsets a page uses are loaded.
import '@fontsource-variable/noto-sans-kr'
import './app.css'

// Charts draw text on canvas: give them the page's fonts (Hangul included), and draw again once a font
// subset a chart needs has arrived, since canvas text does not wait for web fonts.
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily
document.fonts.addEventListener('loadingdone', () => Object.values(Chart.instances).forEach((chart) => chart.draw()))

const target = document.getElementById('app')
if (!target) throw new Error('index.html lacks the #app element')

export default mount(App, { target })
