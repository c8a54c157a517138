// The interface between the training kernels (AssemblyScript, this folder) and the JavaScript that lays
// out their memory (src/shared/training/wasm-trainer.ts). Both compile this file, so each number is
// written once. Only what reads the same in AssemblyScript and TypeScript: enums of i32 and constants.

/**
 * The layer table: per weight layer l = 1 … L one row of LayerField.Count i32 — inputs, outputs, stride
 * (outputs rounded up to a whole f32x4), then byte addresses: W (transposed, [in][stride]), b, vW and vb
 * (momentum), gW and gb (gradient sums), z, a, δ, and the list of a's non-zero entries (a count, then
 * their indices). Padding columns of W, b, z, a and δ are zero and stay zero.
 */
export enum LayerField { In, Out, Stride, W, B, VW, VB, GW, GB, Z, A, Delta, Active, Count }

/**
 * The block `configure` reads, ConfigField.Count i32: the number of weight layers and where their table
 * is; the functions by code; where the batch's δ¹ (a batch of samples × stride₁ f32) and their image
 * numbers are kept, or Dense = 1 to sum each sample's first-layer gradient at once; and the scratch for
 * grouping a batch's inked pixels (a count per input, then (δ¹ address, value) pairs).
 */
export enum ConfigField { Layers, Table, Hidden, Output, Cost, Delta1, Images, Dense, PixelCounts, PixelEntries, Count }

/** In the order of HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS and COSTS (src/shared/network). */
export enum HiddenCode { Sigmoid, Relu, Tanh }
export enum OutputCode { Sigmoid, Softmax }
export enum CostCode { Quadratic, CrossEntropy }

/**
 * From this many outputs per first-layer row, grouping the batch's pixels pays for itself, and no dense
 * first-layer gradient is needed with momentum (measured: wide, 128, 7 % faster; classic and modern, 16,
 * 15–30 % slower).
 */
export const GROUP_FROM = 64
