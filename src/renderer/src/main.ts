import { Chart } from 'chart.js'
import { mount } from 'svelte'
import App from './app/App.svelte'
import { koReason } from '../../shared/i18n/ko-reasons'
import { hangulOf } from './common/i18n/glyphs'
import { en, ko } from './app/catalogue'
import { useCatalogues } from './common/i18n/i18n.svelte'
import { sampleReasons } from './common/i18n/samples'
// Hangul for the Korean UI on every system, offline: only the subsets a page uses are loaded.
import '@fontsource-variable/noto-sans-kr'
import './app.css'

useCatalogues({ en, ko })

// Charts draw text on canvas: give them the page's fonts (Hangul included), and draw again once a font
// subset a chart needs has arrived, since canvas text does not wait for web fonts.
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily
document.fonts.addEventListener('loadingdone', () => Object.values(Chart.instances).forEach((chart) => chart.draw()))

// The Korean UI's syllables, loaded before the first paint (21 subsets, about 70 ms from local files): text
// laid out before its subset arrives can keep missing-glyph boxes. Capped, so a slow disk never blocks the start.
const hangul = document.fonts.load("1em 'Noto Sans KR Variable'", hangulOf({ ko, reasons: sampleReasons().map(koReason) })).catch(() => [])
await Promise.race([hangul, new Promise((resolve) => setTimeout(resolve, 1000))])

const target = document.getElementById('app')
if (!target) throw new Error('index.html lacks the #app element')

export default mount(App, { target })
