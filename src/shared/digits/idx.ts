/**
 * IDX files (the MNIST format): a 4-byte magic number — two zero bytes, a type code and the number of
 * dimensions — then each dimension as a big-endian uint32, then the data. Only unsigned bytes (0x08)
 * occur in MNIST, so that is all this reader accepts.
 */

export const IDX_UBYTE = 0x08

export class IdxError extends Error {
  override name = 'IdxError'
}

export interface IdxHeader {
  dims: number[]
  headerBytes: number
  dataBytes: number
}

/** Reads and checks the header; `totalBytes` is the file's full length, which must match it exactly. */
export function parseIdxHeader(head: Uint8Array, totalBytes: number, what: string): IdxHeader {
  if (head.length < 4) throw new IdxError(`${what}: file too short to be an IDX file (${totalBytes} bytes).`)
  if (head[0] !== 0 || head[1] !== 0) {
    throw new IdxError(`${what}: not an IDX file (magic number starts ${hex(head[0])} ${hex(head[1])}, expected 00 00).`)
  }
  if (head[2] !== IDX_UBYTE) {
    throw new IdxError(`${what}: unsupported IDX data type ${hex(head[2])} (only unsigned bytes, 08, are supported).`)
  }
  const dimCount = head[3]
  if (dimCount < 1 || dimCount > 4) throw new IdxError(`${what}: implausible IDX dimension count ${dimCount}.`)
  const headerBytes = 4 + 4 * dimCount
  if (head.length < headerBytes || totalBytes < headerBytes) {
    throw new IdxError(`${what}: truncated IDX header (${totalBytes} bytes, header needs ${headerBytes}).`)
  }
  const view = new DataView(head.buffer, head.byteOffset, headerBytes)
  const dims: number[] = []
  for (let d = 0; d < dimCount; d++) dims.push(view.getUint32(4 + 4 * d, false))
  const dataBytes = dims.reduce((product, n) => product * n, 1)
  const expected = headerBytes + dataBytes
  if (totalBytes < expected) {
    throw new IdxError(
      `${what}: truncated — header promises ${dims.join('×')} values (${expected} bytes) but the file has ${totalBytes} bytes.`
    )
  }
  if (totalBytes > expected) {
    throw new IdxError(`${what}: ${totalBytes - expected} unexpected trailing bytes after ${dims.join('×')} values.`)
  }
  return { dims, headerBytes, dataBytes }
}

export interface IdxImages {
  count: number
  rows: number
  cols: number
  /** count × rows × cols brightness bytes, image after image, row-major. */
  pixels: Uint8Array
}

export function parseIdxImages(bytes: Uint8Array, what: string): IdxImages {
  const header = parseIdxHeader(bytes, bytes.length, what)
  if (header.dims.length !== 3) {
    throw new IdxError(`${what}: expected an image file (3 dimensions), found ${header.dims.length} dimension(s).`)
  }
  const [count, rows, cols] = header.dims
  return { count, rows, cols, pixels: bytes.subarray(header.headerBytes) }
}

export function parseIdxLabels(bytes: Uint8Array, what: string, classes = 10): Uint8Array {
  const header = parseIdxHeader(bytes, bytes.length, what)
  if (header.dims.length !== 1) {
    throw new IdxError(`${what}: expected a label file (1 dimension), found ${header.dims.length} dimensions.`)
  }
  const labels = bytes.subarray(header.headerBytes)
  const bad = labels.findIndex((label) => label >= classes)
  if (bad >= 0) throw new IdxError(`${what}: label ${labels[bad]} at index ${bad} is outside 0–${classes - 1}.`)
  return labels
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).padStart(2, '0')
}
