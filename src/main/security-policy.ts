// Electron's security checklist as data and pure checks (origins, links, permissions, IPC senders), so
// unit tests hold the real rules the handlers use. The window's web preferences are in main-window.ts.

/** The renderer is served from app://digitscope/ rather than file://, as Electron's security checklist advises. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'digitscope'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/**
 * Sent as a header with every app:// response and repeated in index.html's meta tag (a test holds them
 * equal). No blob: or remote sources: exports download through an anchor, which needs neither.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'"

/** Pages a link in the app may open in the user's browser; anything else is dropped. */
export const EXTERNAL_LINK_ALLOW_LIST = [
  'https://www.3blue1brown.com/lessons/neural-networks',
  'https://www.youtube.com/watch?v=aircAruvnKk',
  'https://yann.lecun.com/exdb/mnist/'
] as const

function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/** Exactly an allow-listed page (fragment aside): no other path, query, user info, port or scheme. */
export function isAllowedExternalLink(url: string): boolean {
  const parsed = parse(url)
  if (!parsed || parsed.username || parsed.password) return false
  parsed.hash = ''
  return (EXTERNAL_LINK_ALLOW_LIST as readonly string[]).includes(parsed.href)
}

/** `scheme://host:port`, written out because WHATWG URL gives custom schemes such as app: an opaque origin. */
function originOf(url: string): string | undefined {
  const parsed = parse(url)
  if (!parsed || parsed.username || parsed.password || !parsed.host) return undefined
  return `${parsed.protocol}//${parsed.host}`
}

/** Whether a URL is one of the app's own pages: the custom protocol's origin, or the dev server's. */
export function appUrlCheck(appOrigin: string, devUrl?: string): (url: string) => boolean {
  const allowed = new Set([appOrigin, devUrl].flatMap((base) => (base ? [originOf(base)] : [])))
  return (url) => {
    const origin = originOf(url)
    return origin !== undefined && allowed.has(origin)
  }
}

/** Camera, microphone, notifications, geolocation…: the app needs none of them. */
export function permissionGranted(_permission: string): boolean {
  return false
}

/** What the sender check reads of an IPC event (Electron's IpcMainInvokeEvent has these). */
interface SenderLike {
  sender: unknown
  senderFrame: { parent: unknown; url: string } | null
}

/** An IPC call is answered only from the main window's top frame showing the app itself. */
export function trustedSender(contents: () => unknown, isAppUrl: (url: string) => boolean) {
  return (event: SenderLike): boolean => {
    const frame = event.senderFrame
    const window = contents()
    return window !== undefined && event.sender === window && frame !== null && frame.parent === null && isAppUrl(frame.url)
  }
}
