import { describe, expect, it } from 'vitest'
import { readSetting } from './services/store/settings'
import { placeWindow } from './window-bounds'

const laptop = { x: 0, y: 0, width: 1366, height: 728 } // 1366×768 less a 40 px taskbar
const desktop = { x: 0, y: 0, width: 1920, height: 1040 }
const rightOfDesktop = { x: 1920, y: 0, width: 2560, height: 1400 }

describe('where the window opens', () => {
  it('the first time: 1280×840, shrunk to fit a laptop’s work area, centred', () => {
    expect(placeWindow(undefined, [desktop], desktop)).toEqual({ x: 320, y: 100, width: 1280, height: 840, maximized: false })
    expect(placeWindow(undefined, [laptop], laptop)).toEqual({ x: 43, y: 0, width: 1280, height: 728, maximized: false })
  })

  it('where it was left, maximised or not, on whichever screen it was', () => {
    const left = { x: 2100, y: 50, width: 1500, height: 1000, maximized: true }
    expect(placeWindow(left, [desktop, rightOfDesktop], desktop)).toEqual(left)
  })

  it('back on a screen when the one it was on is gone, or when it was dragged almost off', () => {
    const onGoneScreen = { x: 2100, y: 50, width: 1500, height: 1000, maximized: false }
    expect(placeWindow(onGoneScreen, [desktop], desktop)).toEqual({ x: 320, y: 100, width: 1280, height: 840, maximized: false })
    const titleBarAbove = { x: 100, y: -600, width: 1280, height: 840, maximized: false }
    expect(placeWindow(titleBarAbove, [desktop], desktop)).toMatchObject({ x: 320, y: 100 })
  })

  it('larger than the screen it is on now (a smaller monitor): shrunk to fit, and kept inside', () => {
    expect(placeWindow({ x: 200, y: 10, width: 1900, height: 1030, maximized: false }, [laptop], laptop)).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 728,
      maximized: false
    })
  })

  it('reads only a place it saved itself', () => {
    expect(readSetting('window.place', '{"x":1,"y":2,"width":1000,"height":700,"maximized":false}')).toEqual({ x: 1, y: 2, width: 1000, height: 700, maximized: false })
    for (const bad of [undefined, '', 'null', '{"x":"1"}', '{"x":1,"y":2,"width":1e999,"height":7,"maximized":false}', '[1,2,3]']) {
      expect(readSetting('window.place', bad), String(bad)).toBeUndefined()
    }
  })
})
