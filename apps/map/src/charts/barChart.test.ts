import { describe, expect, it } from 'vitest';
import { barLayout } from './barChart.js';

const BOX = { widthPx: 340, heightPx: 130, margin: { top: 10, right: 10, bottom: 20, left: 10 } };

describe('barLayout', () => {
  it('draws bars proportional to the values from a zero baseline, and none for NaN', () => {
    // Plot height 130 − 10 − 20 = 100 px, largest value 100 (already round): 1 px per unit.
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, Number.NaN, 0];
    const { bars } = barLayout(values, BOX);
    expect(bars.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11]);
    for (const bar of bars) {
      expect(bar.height).toBeCloseTo(values[bar.index], 9);
      expect(bar.y + bar.height).toBeCloseTo(110, 9);
    }
    // Twelve bands across 320 px, in month order, inside the margins.
    expect(bars[0].x).toBeGreaterThanOrEqual(10);
    expect(bars[10].x + bars[10].width).toBeLessThanOrEqual(330);
    expect(bars[1].x - bars[0].x).toBeCloseTo(320 / (12 + 0.15), 9);
  });

  it('rounds the top of the scale up to a round value', () => {
    const { y } = barLayout([93, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], BOX);
    expect(y.domain()).toEqual([0, 100]);
  });
});
