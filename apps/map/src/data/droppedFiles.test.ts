import { describe, expect, it } from 'vitest';
import { sortDroppedFiles } from './droppedFiles.js';

const names = (files: { name: string }[]) => files.map((f) => f.name);

describe('sortDroppedFiles', () => {
  it('takes one GeoTIFF as the DSM and one GeoJSON as the footprints', () => {
    const r = sortDroppedFiles([{ name: 'b.GeoJSON' }, { name: 'dsm.TIFF' }]);
    expect(r.dsm?.name).toBe('dsm.TIFF');
    expect(r.footprints?.name).toBe('b.GeoJSON');
    expect(r.problems).toEqual([]);
  });

  it('names each file it cannot use and why', () => {
    const r = sortDroppedFiles([{ name: 'a.tif' }, { name: 'b.tif' }, { name: 'notes.txt' }]);
    expect(r.dsm).toBeNull();
    expect(r.problems.map((p) => [p.file, p.reason, p.params])).toEqual([
      ['notes.txt', 'error.unknownType', {}],
      ['a.tif', 'error.tooManyDsm', { count: 2 }],
      ['b.tif', 'error.tooManyDsm', { count: 2 }],
    ]);
    const alone = sortDroppedFiles([{ name: 'buildings.json' }]);
    expect(alone.footprints).toBeNull();
    expect(names(alone.problems.map((p) => ({ name: p.file })))).toEqual(['buildings.json']);
    expect(alone.problems[0].reason).toBe('error.noDsm');
  });
});
