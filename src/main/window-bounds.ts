import type { WindowPlace } from './services/store/settings'
/** Where the one window opens: where it was left, or a default that fits the screen it opens on. */
interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

export type { WindowPlace }

const DEFAULT_SIZE = { width: 1280, height: 840 }
export const MINIMUM_SIZE = { width: 960, height: 640 }

/**
 * The saved place when at least a third of it (and its title bar) is on one of the screens' work areas,
 * shrunk to fit that screen; otherwise the default size, fitted to the primary work area and centred on it
 * (a 1366×768 laptop's work area is shorter than the default 840).
 */
export function placeWindow(saved: WindowPlace | undefined, workAreas: Rectangle[], primary: Rectangle): WindowPlace {
  if (saved) {
    const home = workAreas.find((area) => overlap(saved, area) >= (saved.width * saved.height) / 3 && titleBarVisible(saved, area))
    if (home) {
      const width = clamp(saved.width, Math.min(MINIMUM_SIZE.width, home.width), home.width)
      const height = clamp(saved.height, Math.min(MINIMUM_SIZE.height, home.height), home.height)
      return {
        x: clamp(saved.x, home.x, home.x + home.width - width),
        y: clamp(saved.y, home.y, home.y + home.height - height),
        width,
        height,
        maximized: saved.maximized
      }
    }
  }
  const width = Math.min(DEFAULT_SIZE.width, primary.width)
  const height = Math.min(DEFAULT_SIZE.height, primary.height)
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
    maximized: saved?.maximized ?? false
  }
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

function titleBarVisible(window: Rectangle, area: Rectangle): boolean {
  return window.y >= area.y - 8 && window.y < area.y + area.height - 40
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max))
}
