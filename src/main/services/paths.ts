import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_FOLDER = 'Digitscope'
export const DATABASE_FILE = 'digitscope.db'

/** The platform's per-user config folder, as Electron's `appData` path names it. */
function configFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir()
): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support')
  return env.XDG_CONFIG_HOME || join(home, '.config')
}

/** The app's user-data folder: the app and the CLI must agree on it so they share one database. */
export function userDataFolder(env = process.env, platform = process.platform, home = homedir()): string {
  return join(configFolder(env, platform, home), APP_FOLDER)
}

/** `DIGITSCOPE_DB` wins; otherwise the database sits in the user-data folder. */
export function databasePath(env = process.env, platform = process.platform, home = homedir()): string {
  return env.DIGITSCOPE_DB || join(userDataFolder(env, platform, home), DATABASE_FILE)
}
