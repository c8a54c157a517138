// A module hook for running a built main bundle under plain Node: `electron` resolves to the recorded
// double beside this file instead of Electron's package (which would try to launch the real binary).
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: new URL('./electron.ts', import.meta.url).href, shortCircuit: true }
  return nextResolve(specifier, context)
}
