/**
 * An indexed 4-ary min-heap over items 0…n−1 held in a search workspace: `heap[i]` is the item
 * at position i, `heapKeyM[i]` its key [m], `heapPos[item]` its position (the caller marks
 * settled or absent items with negative values). Four children per node halve the depth of a
 * binary heap for the same comparisons per level (Johnson D.B., "Priority queues with update
 * and finding minimum spanning trees", Information Processing Letters 4(3):53–57, 1975).
 */
export interface IndexedHeap {
  heap: Int32Array;
  heapKeyM: Float64Array;
  heapPos: Int32Array;
}

/**
 * Put `item` with key `keyM` at position `i0` (a new last position, or its current one after
 * its key decreased) and move it up to its place.
 * @example heapSiftUp(ws, size++, node, distM);
 */
export function heapSiftUp(h: IndexedHeap, i0: number, item: number, keyM: number): void {
  const { heap, heapKeyM, heapPos } = h;
  let i = i0;
  while (i > 0) {
    const p = (i - 1) >> 2;
    if (heapKeyM[p] <= keyM) break;
    heap[i] = heap[p];
    heapKeyM[i] = heapKeyM[p];
    heapPos[heap[i]] = i;
    i = p;
  }
  heap[i] = item;
  heapKeyM[i] = keyM;
  heapPos[item] = i;
}

/**
 * Remove the root of a heap of `size` entries: put the last entry at the root and move it down
 * to its place (the heap then holds size − 1 entries; the caller reads the root first).
 * @example const top = ws.heap[0]; heapSiftDown(ws, size--);
 */
export function heapSiftDown(h: IndexedHeap, size: number): void {
  const { heap, heapKeyM, heapPos } = h;
  const item = heap[size - 1];
  const keyM = heapKeyM[size - 1];
  const n = size - 1;
  let i = 0;
  for (;;) {
    const l = 4 * i + 1;
    if (l >= n) break;
    let c = l;
    let kc = heapKeyM[l];
    const last = l + 3 < n ? l + 3 : n - 1;
    for (let j = l + 1; j <= last; j++) {
      if (heapKeyM[j] < kc) {
        c = j;
        kc = heapKeyM[j];
      }
    }
    if (kc >= keyM) break;
    heap[i] = heap[c];
    heapKeyM[i] = kc;
    heapPos[heap[i]] = i;
    i = c;
  }
  heap[i] = item;
  heapKeyM[i] = keyM;
  heapPos[item] = i;
}
