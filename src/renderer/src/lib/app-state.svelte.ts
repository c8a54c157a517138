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

/**
 * What the shell shows, fetched from main once and refreshed when main says the store changed.
 * `onVersions` hears every list of versions that arrives (the Draw view's default version, the selection).
 */
export class AppState {
  view = $state<ViewId>('draw')
  app = $state.raw<Loadable<AppInfo>>({ status: 'loading' })
  datasets = $state.raw<Loadable<DatasetsInfo>>({ status: 'loading' })
  versions = $state.raw<Loadable<VersionSummary[]>>({ status: 'loading' })

  constructor(private readonly onVersions: (versions: VersionSummary[]) => void = () => {}) {}

  async start(): Promise<() => void> {
    const stop = on('versions:changed', () => void this.refreshVersions())
    const [app, datasets, versions] = await Promise.all([
      load(() => call('app:get-info')),
      load(() => call('datasets:get-info')),
      load(() => call('versions:list'))
    ])
    this.app = app
    this.datasets = datasets
    this.setVersions(versions)
    return stop
  }

  async refreshVersions(): Promise<void> {
    this.setVersions(await load(() => call('versions:list')))
  }

  private setVersions(versions: Loadable<VersionSummary[]>): void {
    this.versions = versions
    if (versions.status === 'ready') this.onVersions(versions.value)
  }
}
