import type { SavedDrawing } from '../../../shared/ipc/types'
import { call, on } from '../common/api'

/** The user's own labelled drawings: fetched once, and again whenever main says they changed. */
export class Handwriting {
  drawings = $state.raw<SavedDrawing[]>([])
  /** The last failure, kept as thrown: its words are made when shown (messageOf), in the UI's language of the moment. */
  error = $state<unknown>(null)

  /** Loads the drawings and follows their changes; returns the function that stops following. */
  start(): () => void {
    const stop = on('versions:changed', (change) => {
      if (change.drawings || change.external) void this.load()
    })
    void this.load()
    return stop
  }

  async load(): Promise<void> {
    try {
      this.drawings = await call('drawings:list')
      this.error = null
    } catch (error) {
      this.error = error
    }
  }

  relabel(id: number, label: number): Promise<void> {
    return this.change(() => call('drawings:relabel', { id, label }))
  }

  remove(id: number): Promise<void> {
    return this.change(() => call('drawings:delete', { id }))
  }

  /** A change, then the list as it now is (main's event would bring it too, but the user is waiting). */
  private async change(work: () => Promise<unknown>): Promise<void> {
    try {
      await work()
      await this.load()
    } catch (error) {
      this.error = error
    }
  }
}
