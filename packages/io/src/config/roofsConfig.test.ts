import { DETECT_BUILDINGS_DEFAULTS, ROOF_SEGMENTATION_DEFAULTS, roofAnalysisDefaults } from '@gisement/core';
import { describe, expect, it } from 'vitest';
import { RoofsConfigError, readRoofsConfig } from './roofsConfig.js';

function failure(text: string): RoofsConfigError {
  try {
    readRoofsConfig(text, 'roofs.json');
  } catch (error) {
    if (error instanceof RoofsConfigError) return error;
    throw error;
  }
  throw new Error('readRoofsConfig accepted the file');
}

describe('readRoofsConfig', () => {
  it('is the core defaults without a file, and overrides only the keys given', () => {
    const d = roofAnalysisDefaults();
    expect(readRoofsConfig(undefined, 'none')).toMatchObject({
      ...d,
      ranking: { criterion: 'yield' },
      idProperty: 'id',
    });
    const c = readRoofsConfig('{"layout":{"flatMounting":"flush"},"ranking":{"criterion":"payback"}}', 'roofs.json');
    expect(c.layout).toEqual({ ...d.layout, flatMounting: 'flush' });
    expect(c.ranking.criterion).toBe('payback');
    expect(c.pv).toEqual(d.pv);
  });

  it('names the file and the parameter that is wrong', () => {
    expect(failure('{"layout":{"gapM":1}').detail).toMatch(/^not JSON/);
    expect(failure('[1]').detail).toBe('expected a JSON object');
    expect(failure('{"layot":{}}').detail).toBe('unknown parameter "layot"');
    expect(failure('{"layout":3}').detail).toBe('"layout" must be an object');
    expect(failure('{"layout":{"flatMounting":"tilted"}}').detail).toBe('"layout.flatMounting" must be rows or flush');
    expect(failure('{"ranking":{"criterion":"kWp"}}').detail).toBe(
      '"ranking.criterion" must be yield, specificYield or payback',
    );
    const typed = failure('{"co2KgPerKwh":"0.05"}');
    expect(typed.file).toBe('roofs.json');
    expect(typed.message).toBe('roofs.json: "co2KgPerKwh" must be a number, got "0.05"');
  });

  it('carries the segmentation and detection thresholds of core, and checks them', () => {
    const { gridConvergenceDeg, ...segmentation } = ROOF_SEGMENTATION_DEFAULTS;
    expect(gridConvergenceDeg).toBe(0); // set from the DSM's CRS, not by a configuration
    expect(readRoofsConfig(undefined, 'none').segmentation).toEqual(segmentation);
    expect(readRoofsConfig(undefined, 'none').detection).toEqual(DETECT_BUILDINGS_DEFAULTS);
    // test/rooftop-rotterdam.test.ts: the thresholds of a 1 m AHN DSM.
    const metre = readRoofsConfig('{"segmentation":{"maxPlaneDistanceM":0.25,"planarResidualM":0.15}}', 'roofs.json');
    expect(metre.segmentation).toEqual({ ...segmentation, maxPlaneDistanceM: 0.25, planarResidualM: 0.15 });
    expect(failure('{"segmentation":{"planarResidualM":0}}').detail).toBe(
      '"segmentation.planarResidualM" must be a finite number > 0, got 0',
    );
    expect(failure('{"segmentation":{"samplingToleranceScale":-1}}').detail).toBe(
      '"segmentation.samplingToleranceScale" must be a finite number ≥ 0, got -1',
    );
    expect(failure('{"detection":{"minHeightM":-2.5}}').detail).toBe(
      '"detection.minHeightM" must be a finite number > 0, got -2.5',
    );
    expect(failure('{"segmentation":{"flatPitchDeg":90}}').detail).toBe(
      '"segmentation.flatPitchDeg" must be below 90°, got 90',
    );
  });

  it('refuses classes the ranking cannot use, naming the class', () => {
    const classes = (list: unknown) => failure(JSON.stringify({ classes: list })).detail;
    expect(classes([])).toBe('"classes" must list at least one class');
    expect(classes([{ name: 'bas', minValue: 800 }, { minValue: 900 }])).toBe(
      '"classes[1].name" must be a non-empty text, got undefined',
    );
    expect(classes([{ name: 'bas', minValue: '800' }])).toBe('"classes[0].minValue" must be a number, got "800"');
    expect(
      classes([
        { name: 'haut', minValue: 1200 },
        { name: 'bas', minValue: 900 },
      ]),
    ).toBe('"classes[1].minValue" must be above 1200 (classes lowest first), got 900');
    expect(
      classes([
        { name: 'bas', minValue: 800 },
        { name: 'bas', minValue: 900 },
      ]),
    ).toBe('"classes[1].name" repeats the class name "bas"');
    expect(classes([7])).toBe('"classes[0].name" must be a non-empty text, got undefined');
    const many = Array.from({ length: 101 }, (_, i) => ({ name: `c${i}`, minValue: i }));
    expect(classes(many)).toBe('"classes" may list at most 100 classes, got 101');
    const ok = readRoofsConfig(JSON.stringify({ classes: [{ name: 'bas', minValue: 800 }] }), 'roofs.json');
    expect(ok.classes).toEqual([{ name: 'bas', minValue: 800 }]);
  });
});
