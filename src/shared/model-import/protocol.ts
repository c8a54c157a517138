import type { Architecture } from '../nn/architecture'
import type { ModelMeta } from '../nn/model-file'

/** The file's bytes, transferred to the worker. */
export interface ImportRequest {
  bytes: Uint8Array
}

export type ImportResult = { ok: true; architecture: Architecture; params: Uint8Array; meta: ModelMeta } | { ok: false; message: string }
