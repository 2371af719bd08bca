/** Labels of the connected components of a mask. */
export interface Components {
  /** Component of each cell, 1…count; 0 outside the mask. */
  labels: Int32Array;
  count: number;
  /** Cells per component, index = label (entry 0 unused). */
  sizes: Int32Array;
}

/**
 * Connected components of the cells of a mask, by breadth-first flood fill (4- or
 * 8-connectivity), labelled in raster order of their first cell.
 *
 * Reference: Rosenfeld A., Pfaltz J.L., "Sequential operations in digital picture processing",
 * Journal of the ACM 13(4):471–494, 1966, doi:10.1145/321356.321357 (connected component
 * labelling; here as a flood fill, same labels).
 *
 * @param mask 1 for cells to label, row-major
 * @param width grid width [cells]
 * @param height grid height [cells]
 * @param connectivity 4 or 8
 * @returns labels, count and sizes
 * @example const { labels, count } = connectedComponents(mask, 400, 400, 8);
 */
export function connectedComponents(mask: Uint8Array, width: number, height: number, connectivity: 4 | 8): Components {
  const labels = new Int32Array(width * height);
  const queue = new Int32Array(width * height);
  const sizeList: number[] = [0];
  let count = 0;
  for (let seed = 0; seed < mask.length; seed++) {
    if (!mask[seed] || labels[seed] !== 0) continue;
    count++;
    labels[seed] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = seed;
    while (head < tail) {
      const k = queue[head++];
      const row = Math.floor(k / width);
      const col = k - row * width;
      for (let dr = -1; dr <= 1; dr++) {
        const r = row + dr;
        if (r < 0 || r >= height) continue;
        for (let dc = -1; dc <= 1; dc++) {
          if ((dr === 0 && dc === 0) || (connectivity === 4 && dr !== 0 && dc !== 0)) continue;
          const c = col + dc;
          if (c < 0 || c >= width) continue;
          const kk = r * width + c;
          if (!mask[kk] || labels[kk] !== 0) continue;
          labels[kk] = count;
          queue[tail++] = kk;
        }
      }
    }
    sizeList.push(tail);
  }
  return { labels, count, sizes: Int32Array.from(sizeList) };
}
