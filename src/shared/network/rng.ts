/**
 * A seeded PRNG (xoshiro128**, seeded through splitmix32) so the same config and seed give bit-identical
 * weights in the CLI, the worker and the renderer alike. Math.random is never used for training.
 */
export class Rng {
  private s0: number
  private s1: number
  private s2: number
  private s3: number
  private spareNormal: number | undefined

  constructor(seed: number) {
    let x = seed >>> 0
    const next = () => {
      x = (x + 0x9e3779b9) | 0
      let z = x
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.s0 = next()
    this.s1 = next()
    this.s2 = next()
    this.s3 = next()
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0
    const t = this.s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= this.s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296
  }

  /** Uniform integer in [0, n). */
  nextInt(n: number): number {
    return Math.floor(this.next() * n)
  }

  /** Standard normal, by Box–Muller; draws a fixed number of uniforms so sequences stay reproducible. */
  normal(): number {
    if (this.spareNormal !== undefined) {
      const spare = this.spareNormal
      this.spareNormal = undefined
      return spare
    }
    const u = 1 - this.next() // (0, 1]: log stays finite
    const v = this.next()
    const radius = Math.sqrt(-2 * Math.log(u))
    this.spareNormal = radius * Math.sin(2 * Math.PI * v)
    return radius * Math.cos(2 * Math.PI * v)
  }

  /** Fisher–Yates, in place. */
  shuffle(values: Uint32Array): void {
    for (let i = values.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1)
      const t = values[i]
      values[i] = values[j]
      values[j] = t
    }
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k))
}
