/** The views in tab order; their names and hints are in the message catalogues (`app.tabs`). */
export const VIEWS = [{ id: 'draw' }, { id: 'train' }, { id: 'versions' }, { id: 'lesson' }] as const

export type ViewId = (typeof VIEWS)[number]['id']

/** Ctrl+1/2/3/4 (Cmd on macOS) → view; anything else → undefined. */
export function viewForShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): ViewId | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return undefined
  const index = Number(event.key) - 1
  return Number.isInteger(index) ? VIEWS[index]?.id : undefined
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

/** "Ctrl+2", or "⌘2" on macOS: how the shortcut for the view at `index` reads on this platform. */
export function shortcutLabel(view: ViewId): string {
  const index = VIEWS.findIndex((entry) => entry.id === view)
  return `${isMac ? '⌘' : 'Ctrl+'}${index + 1}`
}
