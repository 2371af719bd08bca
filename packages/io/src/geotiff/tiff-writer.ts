/**
 * A minimal classic (32-bit offset) little-endian TIFF writer: one image file directory,
 * its tag values, then the strip/tile data (TIFF 6.0 specification, Adobe 1992, §2).
 */
import { GeoTiffError } from './errors.js';

/** TIFF field types (TIFF 6.0 §2 "Types") that we write. */
export const TIFF_TYPE = { BYTE: 1, ASCII: 2, SHORT: 3, LONG: 4, DOUBLE: 12 } as const;
type TiffType = (typeof TIFF_TYPE)[keyof typeof TIFF_TYPE];
const TYPE_SIZE: Record<TiffType, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 12: 8 };

/** One directory entry: numbers, or an ASCII string (NUL-terminated on write). */
export interface TiffEntry {
  tag: number;
  type: TiffType;
  values: ArrayLike<number> | string;
}

/** Largest file a classic TIFF can address [bytes] (32-bit offsets). */
export const CLASSIC_TIFF_MAX_BYTES = 2 ** 32 - 1;

const HEADER_BYTES = 8;

const utf8 = new TextEncoder();

/** Values of an entry as numbers; strings become UTF-8 bytes plus the NUL (GDAL reads UTF-8). */
function entryValues(entry: TiffEntry): ArrayLike<number> {
  if (typeof entry.values !== 'string') return entry.values;
  const bytes = utf8.encode(entry.values);
  const withNul = new Uint8Array(bytes.length + 1);
  withNul.set(bytes);
  return withNul;
}

/**
 * The head of a TIFF file: header, image file directory and out-of-line tag values, up to the
 * first block; the blocks follow it back to back, in TIFF order. The offsets tag (StripOffsets
 * 273 / TileOffsets 324) and byte-counts tag (279 / 325) are filled in here from the block
 * sizes; every other entry is written as given, sorted by tag.
 *
 * @param entries directory entries except the offsets and byte counts
 * @param blockBytes sizes of the encoded strips or tiles [bytes], in TIFF order
 * @param tiled whether the blocks are tiles (tags 324/325) or strips (273/279)
 * @param file name used in the error when the result would exceed 4 GB
 * @returns the head bytes
 * @throws GeoTiffError when the file would exceed {@link CLASSIC_TIFF_MAX_BYTES}
 */
export function tiffHead(
  entries: TiffEntry[],
  blockBytes: readonly number[],
  tiled: boolean,
  file = '<encoded GeoTIFF>',
): Uint8Array {
  const offsetsTag = tiled ? 324 : 273;
  const countsTag = tiled ? 325 : 279;
  const placeholder = new Array<number>(blockBytes.length).fill(0);
  const all = [
    ...entries.filter((e) => e.tag !== offsetsTag && e.tag !== countsTag),
    { tag: offsetsTag, type: TIFF_TYPE.LONG, values: placeholder },
    { tag: countsTag, type: TIFF_TYPE.LONG, values: blockBytes },
  ]
    .sort((a, b) => a.tag - b.tag)
    .map((entry) => ({ tag: entry.tag, type: entry.type, values: entryValues(entry) }));

  const ifdBytes = 2 + all.length * 12 + 4;
  let cursor = HEADER_BYTES + ifdBytes;
  const valueOffsets = all.map((entry) => {
    const bytes = entry.values.length * TYPE_SIZE[entry.type];
    if (bytes <= 4) return -1;
    cursor += cursor % 2;
    const at = cursor;
    cursor += bytes;
    return at;
  });
  cursor += cursor % 2;
  const headBytes = cursor;
  const blockOffsets = new Array<number>(blockBytes.length);
  for (let i = 0; i < blockBytes.length; i++) {
    blockOffsets[i] = cursor;
    cursor += blockBytes[i];
  }
  if (cursor > CLASSIC_TIFF_MAX_BYTES) {
    throw new GeoTiffError(
      file,
      `encoded size ${cursor} bytes exceeds the 4 GB limit of classic TIFF (BigTIFF is not written); split the raster into tiles`,
    );
  }

  const head = new Uint8Array(headBytes);
  const view = new DataView(head.buffer);
  head[0] = 0x49;
  head[1] = 0x49;
  view.setUint16(2, 42, true);
  view.setUint32(4, HEADER_BYTES, true);
  view.setUint16(HEADER_BYTES, all.length, true);
  all.forEach((entry, i) => {
    const values = entry.tag === offsetsTag ? blockOffsets : entry.values;
    const at = HEADER_BYTES + 2 + i * 12;
    view.setUint16(at, entry.tag, true);
    view.setUint16(at + 2, entry.type, true);
    view.setUint32(at + 4, entry.values.length, true);
    const valueAt = valueOffsets[i] < 0 ? at + 8 : valueOffsets[i];
    if (valueOffsets[i] >= 0) view.setUint32(at + 8, valueOffsets[i], true);
    writeValues(view, valueAt, entry.type, values);
  });
  view.setUint32(HEADER_BYTES + 2 + all.length * 12, 0, true);
  return head;
}

/**
 * Assemble a TIFF file from directory entries and already-encoded blocks (strips or tiles):
 * {@link tiffHead} followed by the blocks, in one buffer.
 *
 * @param entries directory entries except the offsets and byte counts
 * @param blocks encoded strips or tiles, in TIFF order
 * @param tiled whether the blocks are tiles (tags 324/325) or strips (273/279)
 * @param file name used in the error when the result would exceed 4 GB
 * @returns the whole file
 * @throws GeoTiffError when the file would exceed {@link CLASSIC_TIFF_MAX_BYTES}
 */
export function assembleTiff(
  entries: TiffEntry[],
  blocks: Uint8Array[],
  tiled: boolean,
  file = '<encoded GeoTIFF>',
): Uint8Array {
  return concatBytes([
    tiffHead(
      entries,
      blocks.map((b) => b.byteLength),
      tiled,
      file,
    ),
    ...blocks,
  ]);
}

/** The parts one after the other in a new buffer. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const part of parts) total += part.byteLength;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

function writeValues(view: DataView, at: number, type: TiffType, values: ArrayLike<number>): void {
  const size = TYPE_SIZE[type];
  for (let i = 0; i < values.length; i++) {
    const offset = at + i * size;
    if (type === TIFF_TYPE.BYTE || type === TIFF_TYPE.ASCII) view.setUint8(offset, values[i]);
    else if (type === TIFF_TYPE.SHORT) view.setUint16(offset, values[i], true);
    else if (type === TIFF_TYPE.LONG) view.setUint32(offset, values[i], true);
    else view.setFloat64(offset, values[i], true);
  }
}
