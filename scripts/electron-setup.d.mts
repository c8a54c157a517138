// Types for electron-setup.mjs, which runs before anything is built (npm start) and so stays plain JavaScript.
export const ROOT: string
export const ELECTRON_VERSION: string
export class SetupError extends Error {}
export function installedElectron(env?: NodeJS.ProcessEnv, packageDir?: string): { executable: string; distDir: string; exists: boolean }
export function isForElectron(addon: string, abi?: string): boolean
export function ensureElectron(env?: NodeJS.ProcessEnv, log?: (line: string) => void, what?: string): { executable: string; distDir: string; exists: boolean }
export function ensureElectronSqlite(env?: NodeJS.ProcessEnv, log?: (line: string) => void): string
