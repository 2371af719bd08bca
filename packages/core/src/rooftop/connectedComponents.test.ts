import { describe, expect, it } from 'vitest';
import { connectedComponents } from './connectedComponents.js';

describe('connectedComponents', () => {
  // 1 0 0
  // 0 1 1
  // 0 0 1
  const mask = new Uint8Array([1, 0, 0, 0, 1, 1, 0, 0, 1]);

  it('joins diagonal neighbours with 8-connectivity, not with 4', () => {
    const eight = connectedComponents(mask, 3, 3, 8);
    expect(eight.count).toBe(1);
    expect(Array.from(eight.sizes)).toEqual([0, 4]);
    const four = connectedComponents(mask, 3, 3, 4);
    expect(four.count).toBe(2);
    expect(Array.from(four.labels)).toEqual([1, 0, 0, 0, 2, 2, 0, 0, 2]);
  });
});
