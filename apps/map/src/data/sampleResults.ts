import type { HillshadeParameters } from '../state/appState.js';
import type { TerrainLayers } from '../worker/protocol.js';
import { FileProblem } from './fileProblem.js';

/**
 * The sample town's computed layers, written at build time (vite.config.ts, through
 * `precomputeSample`) and served next to the sample under `sample/`, so the first load draws
 * without waiting for the worker.
 */
export const SAMPLE_RESULTS_FILE = 'terrain-layers.bin';

/** Computed layers of a DSM and the relief light they were shaded with. */
export interface SampleResults {
  light: HillshadeParameters;
  layers: TerrainLayers;
}

/** First bytes of the file. */
const MAGIC = 'GISLAYR1';
/** Bytes before the header: magic, then the header's length (uint32, little-endian) and 4 spare bytes. */
const PREAMBLE_BYTES = 16;
/** Every typed array starts on a multiple of this many bytes (the largest element size). */
const ALIGN_BYTES = 8;

const TYPED = {
  Float32Array,
  Float64Array,
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
} as const;
type TypedName = keyof typeof TYPED;

/** A typed array in the header: its constructor, its offset in the body [bytes] and its length [elements]. */
interface TypedRef {
  $typed: TypedName;
  offset: number;
  length: number;
}

const alignUp = (bytes: number) => Math.ceil(bytes / ALIGN_BYTES) * ALIGN_BYTES;

function isTypedRef(value: unknown): value is TypedRef {
  return typeof value === 'object' && value !== null && '$typed' in value;
}

/**
 * Encode computed layers as one binary file: a JSON header holding every plain value and,
 * for each typed array, its type, offset and length; then the arrays' bytes, each aligned to
 * 8 bytes so the reader makes views without copying. Byte order is the machine's (little-endian
 * on every platform that runs the app).
 * @param results the layers and their relief light; plain numbers must be finite (JSON)
 * @returns the file's bytes
 * @throws RangeError on a non-finite plain number
 * @example writeFileSync('terrain-layers.bin', encodeSampleResults({ light, layers }));
 */
export function encodeSampleResults(results: SampleResults): Uint8Array {
  const arrays: ArrayBufferView[] = [];
  let bodyBytes = 0;
  const header = JSON.stringify(results, (key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new RangeError(`${key} = ${value}: a plain number must be finite`);
    }
    if (!ArrayBuffer.isView(value)) return value;
    const name = value.constructor.name;
    if (!(name in TYPED)) throw new RangeError(`${key}: unsupported array type ${name}`);
    const ref: TypedRef = {
      $typed: name as TypedName,
      offset: bodyBytes,
      length: value.byteLength / (value as Float32Array).BYTES_PER_ELEMENT,
    };
    arrays.push(value);
    bodyBytes = alignUp(bodyBytes + value.byteLength);
    return ref;
  });
  const headerBytes = new TextEncoder().encode(header);
  const bodyStart = PREAMBLE_BYTES + alignUp(headerBytes.length);
  const file = new Uint8Array(bodyStart + bodyBytes);
  file.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(file.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  file.fill(0x20, PREAMBLE_BYTES, bodyStart);
  file.set(headerBytes, PREAMBLE_BYTES);
  let offset = bodyStart;
  for (const array of arrays) {
    file.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset = bodyStart + alignUp(offset - bodyStart + array.byteLength);
  }
  return file;
}

/**
 * Read a file written by {@link encodeSampleResults}. The typed arrays are views on `buffer`
 * (no copy).
 * @param buffer the file's bytes
 * @param fileName the file's name, for errors
 * @returns the layers and their relief light
 * @throws FileProblem (`error.sample`) when the file is not such a file or is truncated
 * @example const { layers } = decodeSampleResults(await response.arrayBuffer(), SAMPLE_RESULTS_FILE);
 */
export function decodeSampleResults(buffer: ArrayBuffer, fileName: string): SampleResults {
  const fail = (detail: string) => new FileProblem(fileName, 'error.sample', { detail });
  if (buffer.byteLength < PREAMBLE_BYTES || new TextDecoder().decode(buffer.slice(0, MAGIC.length)) !== MAGIC) {
    throw fail(`not a ${MAGIC} file`);
  }
  const headerLength = new DataView(buffer).getUint32(MAGIC.length, true);
  const bodyStart = PREAMBLE_BYTES + alignUp(headerLength);
  if (bodyStart > buffer.byteLength) throw fail(`header of ${headerLength} bytes past the end`);
  const header = new TextDecoder().decode(new Uint8Array(buffer, PREAMBLE_BYTES, headerLength));
  return JSON.parse(header, (_key, value: unknown) => {
    if (!isTypedRef(value)) return value;
    if (!Object.hasOwn(TYPED, value.$typed)) throw fail(`unknown array type ${String(value.$typed)}`);
    const Typed = TYPED[value.$typed];
    const start = bodyStart + value.offset;
    if (
      !(Number.isInteger(value.offset) && Number.isInteger(value.length) && value.offset >= 0 && value.length >= 0) ||
      start % ALIGN_BYTES !== 0 ||
      start + value.length * Typed.BYTES_PER_ELEMENT > buffer.byteLength
    ) {
      throw fail(`array at ${value.offset} (${value.length} × ${value.$typed}) outside the file`);
    }
    return new Typed(buffer, start, value.length);
  }) as SampleResults;
}
