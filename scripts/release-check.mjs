#!/usr/bin/env node
// `npm run release:check -- v0.2.0`: the release workflow's first word. An installer's name and its
// "About" say package.json's version, so a tag that names another would publish a release that lies.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'))
const tag = process.argv[2]
if (tag !== `v${version}`) {
  console.error(`release: the tag is ${tag ? `“${tag}”` : 'missing'}, but package.json's version is ${version}: tag v${version}, or raise the version first (npm version).`)
  process.exit(1)
}
console.log(`release: ${tag} is package.json's version.`)
