#!/usr/bin/env node
// Electronegativity (Doyensec's Electron security scanner) over the built app in out/. Every HIGH or
// MEDIUM finding must be acknowledged, with its reason, in security/electronegativity-allow.json.
// Its runner is called directly: the CLI's CSV report is written by two racing writes and can lose rows.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const allow = JSON.parse(readFileSync(join(ROOT, 'security', 'electronegativity-allow.json'), 'utf8'))
const run = require('@doyensec/electronegativity/dist/runner.js')

const result = await run({
  input: join(ROOT, 'out'),
  isRelative: true,
  isVerbose: false,
  customScan: [],
  excludeFromScan: allow.skippedChecks.map((check) => check.check.toLowerCase()),
  electronVersionOverride: require('electron/package.json').version,
  parserPlugins: []
})
const glob = (pattern) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`)
const unscanned = (file) => allow.unscanned.some((entry) => glob(entry.file).test(file.replace(/\\/g, '/').replace(/^.*?\/out\//, '')))
const failures = result?.errors.filter((error) => !unscanned(error.file)) ?? []
if (!result || failures.length > 0 || result.atomicChecks < 10) {
  for (const error of failures) console.error(`security scan: could not scan ${error.file}: ${error.message}`)
  console.error(`security scan: Electronegativity did not scan the whole build (${result?.atomicChecks ?? 0} checks); run npm run build first.`)
  process.exit(1)
}
for (const error of result.errors) console.log(`security scan: not scanned, acknowledged: ${error.file.replace(/^.*?\/out\//, '')} (${error.message})`)
const findings = result.issues.map((issue) => ({ issue: issue.id, severity: issue.severity.name, file: issue.file, at: `${issue.location.line}:${issue.location.column}`, sample: String(issue.sample ?? '').trim() }))
const explained = (f) => allow.acknowledged.some((a) => a.issue === f.issue && a.sample === f.sample)
const serious = (f) => f.severity === 'HIGH' || f.severity === 'MEDIUM'
for (const f of findings) console.log(`security scan: ${f.severity.padEnd(6)} ${f.issue} ${f.file}:${f.at} — ${explained(f) ? 'acknowledged' : 'NOT acknowledged'}`)
const open = findings.filter((f) => serious(f) && !explained(f))
if (open.length > 0) {
  console.error(`security scan: ${open.length} HIGH or MEDIUM finding(s) neither fixed nor acknowledged in security/electronegativity-allow.json.`)
  process.exit(1)
}
console.log(`security scan: ${result.atomicChecks + result.globalChecks} checks, ${findings.length} findings, ${findings.filter(serious).length} HIGH or MEDIUM, each acknowledged with a reason.`)
