import { ATAN_TABLE, HALF_PI, INTERVALS } from '../math/fastAtan.js';
import { DEG_PER_RAD } from '../units/angles.js';
import { HORN_INTERIOR_WASM_BASE64 } from './hornInteriorWasm.js';

// The parts of the WebAssembly JS API and of `atob` used here (core is built without the DOM
// and Node type libraries); both exist in browsers, workers and Node ≥ 16.
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmExports {
  memory: WasmMemory;
  interiorRow(
    north: number,
    middle: number,
    south: number,
    slope: number,
    aspect: number,
    width: number,
    kx: number,
    ky: number,
  ): void;
}
declare const WebAssembly:
  | {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: Record<string, Record<string, number>>) => { exports: WasmExports };
    }
  | undefined;
declare function atob(base64: string): string;

const PAGE_BYTES = 65536;
/** Bytes of the arc-tangent table at the start of the module's memory: 16-byte entries
 * (T[i], T[i+1] − T[i]) of fastAtan's ATAN_TABLE T, i = 0 … INTERVALS. */
const TABLE_BYTES = (INTERVALS + 1) * 16;

/**
 * The WebAssembly interior kernel of `hornSlopeAspect` (`hornInterior.wat`) over one
 * grid: Horn's window over three Float32 rows in the module's memory (a ring of three row
 * slots, one row copied in per row), slope and aspect rows [°] copied out.
 */
export class HornInteriorRows {
  private readonly exports: WasmExports;
  private readonly z: Float32Array;
  private readonly width: number;
  private readonly memory: Float32Array;
  private readonly slopeRow: Float32Array;
  private readonly aspectRow: Float32Array;
  private readonly slopeOffset: number;
  private readonly aspectOffset: number;

  /**
   * @param exports the instantiated kernel ({@link hornInteriorKernel})
   * @param z elevations [m] of a grid of `width` columns and at least three rows, NaN = nodata
   */
  constructor(exports: WasmExports, z: Float32Array, width: number) {
    this.exports = exports;
    this.z = z;
    this.width = width;
    const rowBytes = width * 4;
    // Three row slots (the kernel reads one cell past the last one), then the two output rows.
    this.slopeOffset = TABLE_BYTES + 3 * rowBytes;
    this.aspectOffset = this.slopeOffset + rowBytes;
    const needed = this.aspectOffset + rowBytes;
    const have = exports.memory.buffer.byteLength;
    if (needed > have) exports.memory.grow(Math.ceil((needed - have) / PAGE_BYTES));
    const buffer = exports.memory.buffer;
    this.memory = new Float32Array(buffer);
    this.slopeRow = new Float32Array(buffer, this.slopeOffset + 4, width - 2);
    this.aspectRow = new Float32Array(buffer, this.aspectOffset + 4, width - 2);
    this.copyRow(0);
    this.copyRow(1);
  }

  /**
   * Slope and aspect [°] of the cells 1 … width − 2 of interior row `row`, written to
   * `slopeDeg`, `aspectDeg`; rows must come in order 1, 2, …, height − 2.
   * @param kx 1 / (8·Δx) [1/m]
   * @param ky 1 / (8·Δy) [1/m]
   */
  row(row: number, kx: number, ky: number, slopeDeg: Float32Array, aspectDeg: Float32Array): void {
    this.copyRow(row + 1);
    const width = this.width;
    this.exports.interiorRow(
      this.slot(row - 1),
      this.slot(row),
      this.slot(row + 1),
      this.slopeOffset,
      this.aspectOffset,
      width,
      kx,
      ky,
    );
    const m = row * width + 1;
    slopeDeg.set(this.slopeRow, m);
    aspectDeg.set(this.aspectRow, m);
  }

  private slot(row: number): number {
    return TABLE_BYTES + (row % 3) * this.width * 4;
  }

  private copyRow(row: number): void {
    const m = row * this.width;
    this.memory.set(this.z.subarray(m, m + this.width), this.slot(row) / 4);
  }
}

let kernel: WasmExports | null | undefined;

/**
 * The instantiated interior kernel, or null where WebAssembly is unavailable or refused (e.g.
 * a content security policy without `wasm-unsafe-eval`); compiled once, synchronously.
 */
export function hornInteriorKernel(): WasmExports | null {
  if (kernel === undefined) kernel = instantiate();
  return kernel;
}

function instantiate(): WasmExports | null {
  if (typeof WebAssembly === 'undefined' || typeof atob === 'undefined') return null;
  const text = atob(HORN_INTERIOR_WASM_BASE64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  let exports: WasmExports;
  try {
    const imports = { atan: { intervals: INTERVALS, halfPi: HALF_PI, pi: Math.PI, degPerRad: DEG_PER_RAD } };
    exports = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports).exports;
  } catch {
    // Compilation refused (no WebAssembly SIMD, or a content security policy): the JS loop.
    return null;
  }
  const table = new Float64Array(exports.memory.buffer, 0, TABLE_BYTES / 8);
  for (let i = 0; i <= INTERVALS; i++) {
    table[2 * i] = ATAN_TABLE[i];
    table[2 * i + 1] = ATAN_TABLE[i + 1] - ATAN_TABLE[i];
  }
  return exports;
}
