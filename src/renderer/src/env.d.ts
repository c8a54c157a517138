/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { DigitscopeApi } from '../../shared/ipc/window-api'

declare global {
  interface Window {
    api: DigitscopeApi
  }
}
