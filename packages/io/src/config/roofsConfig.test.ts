import { roofAnalysisDefaults } from '@gisement/core';
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
});
