import { net, protocol } from 'electron'
import { relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security-policy'

export { APP_ORIGIN } from './security-policy'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/**
 * The file under `root` that an app:// URL names, or the status to answer instead: 404 for another host
 * or any path that escapes `root` (however it is encoded), 400 for a malformed percent-escape.
 */
function rendererFile(root: string, url: string): { file: string } | { status: 400 | 404 } {
  let parsed: URL
  let path: string
  try {
    parsed = new URL(url)
    path = decodeURIComponent(parsed.pathname === '/' ? '/index.html' : parsed.pathname)
  } catch {
    return { status: 400 }
  }
  if (parsed.host !== APP_HOST || path.includes('\0')) return { status: 404 }
  const file = resolve(root, `.${path}`)
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith('..') || inside.includes(`..${sep}`) || resolve(root, inside) !== file) return { status: 404 }
  return { file }
}

/** Serves the built renderer under `root`, every response with the app's Content-Security-Policy. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const found = rendererFile(root, request.url)
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }
    if ('status' in found) return new Response(found.status === 400 ? 'Bad request' : 'Not found', { status: found.status, headers })
    let response: Response
    try {
      response = await net.fetch(pathToFileURL(found.file).toString())
    } catch {
      return new Response('Not found', { status: 404, headers })
    }
    const merged = new Headers(response.headers)
    merged.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    return new Response(response.body, { status: response.status, headers: merged })
  })
}
