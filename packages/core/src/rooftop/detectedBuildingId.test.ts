import { describe, expect, it } from 'vitest';
import { detectedBuildingId } from './detectedBuildingId.js';

describe('detectedBuildingId', () => {
  it('numbers detected buildings from D0001 on four digits, more past 9999', () => {
    // The ids `gisement roofs --dtm` has written since it detects buildings (DESIGN.md, CLI contract).
    expect(detectedBuildingId(0)).toBe('D0001');
    expect(detectedBuildingId(17)).toBe('D0018');
    expect(detectedBuildingId(9998)).toBe('D9999');
    expect(detectedBuildingId(9999)).toBe('D10000');
  });
});
