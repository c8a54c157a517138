#!/usr/bin/env node
// Electronegativity (Doyensec's Electron security scanner) over the built app in out/. Every HIGH or
// MEDIUM finding must be acknowledged, with its reason, in security/electronegativity-allow.json.
// `node scripts/security-scan.mjs [DIR]` scans DIR (a tree laid out like out/) instead.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { transformSync } from 'esbuild'

const ROOT = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)

/**
 * Electronegativity asks the network for translations on every run (locales/i18n.js, through `got`). Offline
 * that request retries after it has settled, and on Node 24 p-cancelable throws from the retry timer, which
 * kills the process. The scan must not depend on a network: its `got` answers at once that there is none,
 * and Electronegativity falls back to its bundled English, as it does for any failed fetch.
 */
function keepScannerOffline() {
  const scannerDir = dirname(require.resolve('@doyensec/electronegativity/package.json'))
  const gotPath = createRequire(join(scannerDir, 'package.json')).resolve('got')
  const offline = new Module(gotPath)
  offline.filename = gotPath
  offline.loaded = true
  offline.exports = () => Promise.reject(new Error('the security scan runs offline'))
  require.cache[gotPath] = offline
}

/**
 * The tree Electronegativity reads: out/ as built, except that the renderer's JavaScript is lowered to
 * ES2021. Svelte 5 compiles runes into private class fields, which Electronegativity's traversal does not
 * know ("Unknown node type ClassPrivateProperty"); lowered, they become WeakMaps and the whole renderer
 * is scanned. Lowering changes syntax, not which Electron APIs are called or with what.
 */
function scannableCopy(outDir) {
  const copy = mkdtempSync(join(tmpdir(), 'digitscope-scan-'))
  cpSync(outDir, copy, { recursive: true, filter: (src) => !/[\\/](native|test-results|screenshots|mnist|wasm)$/.test(src) && !src.endsWith('.map') })
  const renderer = join(copy, 'renderer')
  const unlowered = []
  for (const file of readdirSync(renderer, { recursive: true, encoding: 'utf8' }).filter((name) => /\.m?js$/.test(name))) {
    const path = join(renderer, file)
    try {
      writeFileSync(path, transformSync(readFileSync(path, 'utf8'), { target: 'es2021', format: 'esm', supported: { 'top-level-await': true }, logLevel: 'silent' }).code)
    } catch (error) {
      unlowered.push({ file: `renderer/${file.replace(/\\/g, '/')}`, message: error.errors?.[0]?.text ?? error.message })
    }
  }
  return { copy, unlowered }
}

/** Runs Electronegativity over `outDir`; returns its findings and the files it could not parse. */
export async function scan(outDir, allow) {
  keepScannerOffline()
  const run = require('@doyensec/electronegativity/dist/runner.js')
  const { copy, unlowered } = scannableCopy(outDir)
  try {
    const result = await run({
      input: copy,
      isRelative: true,
      isVerbose: false,
      customScan: [],
      excludeFromScan: allow.skippedChecks.map((check) => check.check.toLowerCase()),
      electronVersionOverride: require('electron/package.json').version,
      parserPlugins: []
    })
    const name = (file) => relative(copy, resolve(copy, file)).replace(/\\/g, '/')
    const findings = result.issues.map((issue) => ({ issue: issue.id, severity: issue.severity.name, file: name(issue.file), at: `${issue.location.line}:${issue.location.column}`, sample: String(issue.sample ?? '').trim() }))
    const unparsed = [...unlowered, ...result.errors.map((error) => ({ file: name(error.file), message: error.message }))]
    const scanned = readdirSync(copy, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(m?js|cjs|html)$/.test(file)).map((file) => file.replace(/\\/g, '/'))
    return { findings, unparsed, scanned, checks: result.atomicChecks + result.globalChecks, atomicChecks: result.atomicChecks }
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

async function main() {
  const outDir = process.argv[2] ?? join(ROOT, 'out')
  const allow = JSON.parse(readFileSync(join(ROOT, 'security', 'electronegativity-allow.json'), 'utf8'))
  const result = await scan(outDir, allow)
  const renderer = result.scanned.filter((file) => file.startsWith('renderer/'))
  if (result.unparsed.length > 0 || result.atomicChecks < 10 || !renderer.some((file) => file.endsWith('.js'))) {
    for (const error of result.unparsed) console.error(`security scan: could not scan ${error.file}: ${error.message}`)
    console.error(`security scan: Electronegativity did not scan the whole build (${result.atomicChecks} checks, ${renderer.length} renderer files); run npm run build first.`)
    process.exit(1)
  }
  const explained = (f) => allow.acknowledged.some((a) => a.issue === f.issue && a.sample === f.sample)
  const serious = (f) => f.severity === 'HIGH' || f.severity === 'MEDIUM'
  for (const f of result.findings) console.log(`security scan: ${f.severity.padEnd(6)} ${f.issue} ${f.file}:${f.at} — ${explained(f) ? 'acknowledged' : 'NOT acknowledged'}`)
  const open = result.findings.filter((f) => serious(f) && !explained(f))
  if (open.length > 0) {
    console.error(`security scan: ${open.length} HIGH or MEDIUM finding(s) neither fixed nor acknowledged in security/electronegativity-allow.json.`)
    process.exit(1)
  }
  console.log(`security scan: ${result.scanned.length} files (${renderer.length} of the renderer), ${result.checks} checks, ${result.findings.length} findings, ${result.findings.filter(serious).length} HIGH or MEDIUM, each acknowledged with a reason.`)
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main()
