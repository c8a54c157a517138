// The part of JavaScript's WebAssembly API that main uses: TypeScript declares it only in the DOM library,
// which main and its workers do not load.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: ArrayBufferView | ArrayBuffer)
  }
  class Instance {
    constructor(module: Module, imports: object)
    readonly exports: Record<string, unknown>
  }
}
