import { net, protocol } from 'electron'
import { relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The renderer is served from app://digitscope/ rather than file://, as Electron's security checklist advises. */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://digitscope`

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves files under `root` only; any path that escapes it is a 404. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url)
    if (url.host !== 'digitscope') return new Response('Not found', { status: 404 })
    const path = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)
    const file = resolve(root, `.${path}`)
    const inside = relative(root, file)
    if (inside.startsWith('..') || inside.includes(`..${sep}`) || resolve(root, inside) !== file) {
      return new Response('Not found', { status: 404 })
    }
    return net.fetch(pathToFileURL(file).toString())
  })
}
