// Property-based tests of every place where outside data comes in: the model file reader, the IDX reader,
// the PNG reader, the IPC argument schemas and the CLI's argument parser. fast-check generates hostile and
// valid inputs with a fixed seed; each reader must only ever throw its own error type, with a message under
// 2 000 characters, in bounded time; valid inputs round-trip; a refused call changes nothing on disk.
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { IdxError, parseIdxImages, parseIdxLabels } from '../shared/digits/idx'
import { CHANNELS } from '../shared/ipc/contract'
import { checkCall } from '../shared/ipc/validate'
import { HIDDEN_ACTIVATIONS } from '../shared/network/activation-functions'
import { initNetwork } from '../shared/network/init'
import { ModelFileError, parseModelFile, toModelFile } from '../shared/model/model-file'
import { Rng } from '../shared/network/rng'
import { parse, trainingRequest, UsageError } from './cli/words'
import { DigitscopeError } from './services/errors/errors'
import { Store } from './services/store/store'
import { readPngInk } from './services/png-image'
import { openServices } from './services/services'
import { CLASSIC_ORIGIN, sha256, useTempFolder } from './services/test-support'

const SEED = 2026
const tempFolder = useTempFolder()
const counts: Record<string, number> = {}
/** The worst time of one case and the highest resident memory seen, per reader, for docs/benchmarks.md. */
const worst: Record<string, { ms: number; rssMB: number }> = {}
let currentReader = ''

/** Runs `reader` and returns what it threw, checking it is one of `allowed` with a short message, in bounded time. */
function tryReader<T>(reader: () => T, allowed: Array<new (...args: never[]) => Error>, maxMs = 500): Error | undefined {
  const started = performance.now()
  const record = () => {
    const entry = (worst[currentReader] ??= { ms: 0, rssMB: 0 })
    entry.ms = Math.max(entry.ms, performance.now() - started)
    entry.rssMB = Math.max(entry.rssMB, process.memoryUsage().rss / 2 ** 20)
  }
  try {
    reader()
    return undefined
  } catch (error) {
    expect(allowed.some((type) => error instanceof type), `threw ${(error as Error)?.constructor?.name}: ${String(error).slice(0, 200)}`).toBe(true)
    expect((error as Error).message.length).toBeLessThan(2000)
    return error as Error
  } finally {
    record()
    expect(performance.now() - started).toBeLessThan(maxMs)
  }
}

function count(reader: string, runs: number): { seed: number; numRuns: number } {
  currentReader = reader
  counts[reader] = (counts[reader] ?? 0) + runs
  return { seed: SEED, numRuns: runs }
}

const validFile = fc
  .record({
    hidden: fc.array(fc.integer({ min: 1, max: 24 }), { maxLength: 3 }),
    activation: fc.constantFrom(...HIDDEN_ACTIVATIONS),
    seed: fc.integer({ min: 0, max: 1000 }),
    epoch: fc.integer({ min: 0, max: 1000 }),
    name: fc.string({ maxLength: 200 })
  })
  .map(({ hidden, activation, seed, epoch, name }) => {
    const network = initNetwork({ layers: [784, ...hidden, 10], hiddenActivation: activation, outputActivation: 'softmax', cost: 'cross-entropy' }, 'xavier', new Rng(seed))
    return { network, text: JSON.stringify(toModelFile(network, { name, preset: null, epoch, training: null, metrics: null, createdAt: '' })) }
  })

describe('the model file reader', () => {
  it('reads back every valid file exactly', () => {
    fc.assert(
      fc.property(validFile, ({ network, text }) => {
        const back = parseModelFile(text).network
        expect(back.layers).toEqual(network.layers)
        back.weights.forEach((w, l) => expect(Buffer.from(w.buffer).equals(Buffer.from(network.weights[l].buffer))).toBe(true))
      }),
      count('model file', 60)
    )
  })

  it('refuses anything else with a ModelFileError: random JSON, and valid files with one value replaced', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void tryReader(() => parseModelFile(JSON.stringify(value)), [ModelFileError])),
      count('model file', 300)
    )
    const paths = ['layers', 'hiddenActivation', 'outputActivation', 'cost', 'weights', 'biases', 'name', 'preset', 'epoch', 'training', 'metrics', 'formatVersion']
    fc.assert(
      fc.property(validFile, fc.constantFrom(...paths), fc.oneof(fc.jsonValue(), fc.constant(1e308), fc.constant(-1), fc.string({ maxLength: 5000 })), ({ text }, field, replacement) => {
        const file = { ...(JSON.parse(text) as Record<string, unknown>), [field]: replacement }
        tryReader(() => parseModelFile(JSON.stringify(file)), [ModelFileError])
      }),
      count('model file', 300)
    )
    fc.assert(
      fc.property(validFile, fc.nat(), fc.string({ minLength: 1, maxLength: 3 }), ({ text }, at, junk) => {
        const position = at % text.length
        tryReader(() => parseModelFile(text.slice(0, position) + junk + text.slice(position + junk.length)), [ModelFileError])
      }),
      count('model file', 200)
    )
  })
})

describe('the IDX reader (MNIST files)', () => {
  const idx = (dims: number[], body: Uint8Array) => {
    const head = new Uint8Array(4 + 4 * dims.length)
    const view = new DataView(head.buffer)
    view.setUint8(2, 0x08)
    view.setUint8(3, dims.length)
    dims.forEach((d, i) => view.setUint32(4 + 4 * i, d))
    return new Uint8Array([...head, ...body])
  }

  it('reads valid image and label files exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.infiniteStream(fc.integer({ min: 0, max: 255 })), (count, rows, cols, bytes) => {
        const body = Uint8Array.from(bytes.take(count * rows * cols))
        const images = parseIdxImages(idx([count, rows, cols], body), 'test')
        expect([images.count, images.rows, images.cols]).toEqual([count, rows, cols])
        expect(Array.from(images.pixels)).toEqual(Array.from(body))
        const labels = Uint8Array.from(body.subarray(0, count), (b) => b % 10)
        expect(Array.from(parseIdxLabels(idx([count], labels), 'test'))).toEqual(Array.from(labels))
      }),
      count('IDX', 100)
    )
  })

  it('refuses random bytes and damaged headers with an IdxError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        tryReader(() => parseIdxImages(bytes, 'test'), [IdxError])
        tryReader(() => parseIdxLabels(bytes, 'test'), [IdxError])
      }),
      count('IDX', 400)
    )
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.uint8Array({ maxLength: 200 }), (dims, body) => {
        tryReader(() => parseIdxImages(idx(dims, body), 'test'), [IdxError])
      }),
      count('IDX', 300)
    )
  })
})

describe('the PNG reader (cli predict --image)', () => {
  it('reads any valid PNG up to the limit, and refuses random or cut bytes with one clear DigitscopeError', () => {
    const folder = tempFolder()
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 255 }), (width, height, shade) => {
        const png = new PNG({ width, height })
        png.data.fill(shade)
        const file = join(folder, 'ok.png')
        writeFileSync(file, PNG.sync.write(png))
        const ink = readPngInk(file)
        expect([ink.width, ink.height]).toEqual([width, height])
        const cut = join(folder, 'cut.png')
        const bytes = PNG.sync.write(png)
        writeFileSync(cut, bytes.subarray(0, Math.max(8, (bytes.length * shade) >> 8)))
        tryReader(() => readPngInk(cut), [DigitscopeError])
      }),
      count('PNG', 80)
    )
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, signed) => {
        const file = join(folder, 'random.png')
        writeFileSync(file, signed ? Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), bytes]) : bytes)
        const error = tryReader(() => readPngInk(file), [DigitscopeError])
        if (error) expect(error.message).toMatch(/^Cannot read .* as a PNG image: /)
      }),
      count('PNG', 300)
    )
  })
})

describe('the IPC argument schemas', () => {
  it('answer any argument on any channel with a verdict, never a throw, and refusals change nothing on disk', async () => {
    const databaseFile = join(tempFolder(), 'digitscope.db')
    const setup = Store.open(databaseFile)
    setup.versions.add(setup.runs.create({ name: 'r', origin: CLASSIC_ORIGIN, status: 'completed' }), { epoch: 1, layers: [784, 16, 16, 10], params: new Uint8Array(13_002 * 4) })
    setup.close()
    const before = sha256(databaseFile)
    const services = openServices({ databaseFile, version: 'property' })
    const refused: Array<[string, unknown]> = []
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS, 'fs:read', '__proto__', ''), fc.oneof(fc.anything(), fc.jsonValue()), (channel, arg) => {
        let verdict: ReturnType<typeof checkCall> | undefined
        tryReader(() => (verdict = checkCall(channel, arg)), [])
        if (verdict && !verdict.ok) {
          expect(verdict.error.message.length).toBeLessThan(2000)
          refused.push([channel, arg])
        }
      }),
      count('IPC', 2000)
    )
    for (const [channel, arg] of refused.slice(0, 400)) {
      const answer = await services.dispatch(channel, arg)
      expect(answer.ok).toBe(false)
    }
    await services.close()
    expect(sha256(databaseFile)).toBe(before)
  })
})

describe('the CLI argument parser', () => {
  it('turns any argv into a request the contract answers with a verdict, or one UsageError', () => {
    const word = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('--preset', '--layers', '--eta', '--batch', '--epochs', '--seed', '--json', '--db', '--', '-h', 'classic', 'modern', '784,16,10', 'NaN', '1e999', '-1'))
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (argv) => {
        tryReader(() => {
          const request = trainingRequest(parse(argv).values)
          expect(checkCall(request.channel, request.arg).ok).toBeTypeOf('boolean')
        }, [UsageError])
      }),
      count('CLI arguments', 1000)
    )
  })
})

describe('cases tried per reader', () => {
  it('is reported', () => {
    const rows = Object.entries(counts).map(([reader, n]) => `${reader}: ${n} cases, worst ${worst[reader]?.ms.toFixed(1) ?? '–'} ms, peak RSS ${worst[reader]?.rssMB.toFixed(0) ?? '–'} MB`)
    console.log(`[hostile input] fast-check, seed ${SEED}:\n  ${rows.join('\n  ')}`)
  })
})
