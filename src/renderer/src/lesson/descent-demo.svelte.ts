import type { LessonDemo } from '../../../shared/ipc/types'
import { unpackParams } from '../../../shared/model/params'
import type { Network } from '../../../shared/network/network'
import { call } from '../common/api'

/** The demonstration's shape: the lecture's network, 10,000 MNIST training images, three passes. */
export const DEMO_LAYERS = { layers: [784, 16, 16, 10], hiddenActivation: 'sigmoid', outputActivation: 'sigmoid', cost: 'quadratic' } as const
export const DEMO_IMAGES = 10_000
export const DEMO_PASSES = 3
/** How long each snapshot stays on screen while the run is shown. */
const FRAME_MS = 450

/**
 * Step 11's training from random: asked of main once (it trains in the training worker and stores nothing),
 * then shown snapshot after snapshot. One per app, so a trip to another step or view does not train again.
 */
export class DescentDemo {
  result = $state.raw<LessonDemo | null>(null)
  networks = $state.raw<Network[]>([])
  /** The snapshot on screen. */
  shown = $state(0)
  error = $state<string | null>(null)
  running = $state(false)
  seed = $state(1)
  private timer: ReturnType<typeof setInterval> | undefined

  /** The snapshot after the first whole pass: the question's answer. */
  get afterOnePass(): number | null {
    const snapshot = this.result?.snapshots.find((s) => s.seen === DEMO_IMAGES)
    return snapshot ? snapshot.correct : null
  }

  async train(seed = this.seed): Promise<void> {
    if (this.running) return
    this.running = true
    this.error = null
    this.stop()
    try {
      const result = await call('lesson:train-demo', { seed, images: DEMO_IMAGES, passes: DEMO_PASSES })
      this.seed = seed
      this.networks = result.snapshots.map((s) => unpackParams({ ...DEMO_LAYERS, layers: [...DEMO_LAYERS.layers] }, s.params))
      this.result = result
      this.shown = 0
    } catch (error) {
      this.error = (error as Error).message
    } finally {
      this.running = false
    }
  }

  /** Shows the run from its random start, one snapshot after another. */
  play(): void {
    this.stop()
    const last = this.networks.length - 1
    this.shown = 0
    this.timer = setInterval(() => {
      if (this.shown >= last) this.stop()
      else this.shown++
    }, FRAME_MS)
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }
}

export const descentDemo = new DescentDemo()
