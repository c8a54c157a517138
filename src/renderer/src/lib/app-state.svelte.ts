import type { AppInfo, DatasetsInfo, VersionSummary } from '../../../shared/ipc/types'
import { call, messageOf, on } from './api'
import type { ViewId } from './views'

type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string }

async function load<T>(work: () => Promise<T>): Promise<Loadable<T>> {
  try {
    return { status: 'ready', value: await work() }
  } catch (error) {
    return { status: 'error', message: messageOf(error) }
  }
}

/** What the shell shows, fetched from main once and refreshed when main says the store changed. */
export class AppState {
  view = $state<ViewId>('draw')
  app = $state.raw<Loadable<AppInfo>>({ status: 'loading' })
  datasets = $state.raw<Loadable<DatasetsInfo>>({ status: 'loading' })
  versions = $state.raw<Loadable<VersionSummary[]>>({ status: 'loading' })

  async start(): Promise<() => void> {
    const stop = on('versions:changed', () => void this.refreshVersions())
    const [app, datasets, versions] = await Promise.all([
      load(() => call('app:get-info')),
      load(() => call('datasets:get-info')),
      load(() => call('versions:list'))
    ])
    this.app = app
    this.datasets = datasets
    this.versions = versions
    return stop
  }

  async refreshVersions(): Promise<void> {
    this.versions = await load(() => call('versions:list'))
  }
}
