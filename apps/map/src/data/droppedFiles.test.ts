import { describe, expect, it } from 'vitest';
import { isGeoTiffName, sortDroppedFiles } from './droppedFiles.js';

const tif = (name: string) => ({ name, text: null });
const fc = (type: string) =>
  JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type } }] });
const problems = (r: { problems: { file: string; reason: string; params: object }[] }) =>
  r.problems.map((p) => [p.file, p.reason, p.params]);

describe('sortDroppedFiles', () => {
  it('takes one GeoTIFF as the DSM and one GeoJSON of polygons as the footprints', () => {
    const r = sortDroppedFiles([{ name: 'b.GeoJSON', text: fc('Polygon') }, tif('dsm.TIFF')]);
    expect(r.dsm?.name).toBe('dsm.TIFF');
    expect(r.footprints?.name).toBe('b.GeoJSON');
    expect(r.problems).toEqual([]);
    expect(isGeoTiffName('dsm.TIFF')).toBe(true);
    expect(isGeoTiffName('dsm.tif.json')).toBe(false);
  });

  it('takes a second GeoTIFF named as a terrain model as the DTM', () => {
    const r = sortDroppedFiles([tif('rotterdam_dtm.tif'), tif('rotterdam_dsm.tif')]);
    expect([r.dsm?.name, r.dtm?.name]).toEqual(['rotterdam_dsm.tif', 'rotterdam_dtm.tif']);
    expect(sortDroppedFiles([tif('MNT-2154.tif'), tif('mns.tif')]).dtm?.name).toBe('MNT-2154.tif');
    // Beside footprints it is kept but unused, as `gisement roofs` warns.
    const both = sortDroppedFiles([tif('dtm.tif'), tif('dsm.tif'), { name: 'b.geojson', text: fc('Polygon') }]);
    expect(both.notes.map((n) => [n.file, n.reason])).toEqual([['dtm.tif', 'note.dtmUnused']]);
    // "demo" holds "dem" but not as a word: two surface models.
    expect(problems(sortDroppedFiles([tif('demo.tif'), tif('dsm.tif')]))).toEqual([
      ['demo.tif', 'error.tooManyDsm', { count: 2 }],
      ['dsm.tif', 'error.tooManyDsm', { count: 2 }],
    ]);
  });

  it('sorts weather, counts, streets, points and roof parameters by name and contents', () => {
    const r = sortDroppedFiles([
      tif('dsm.tif'),
      { name: 'lyon.epw', text: 'LOCATION,Lyon' },
      { name: 'counts.csv', text: 'site,timestamp,count\nA,2024-03-18T00:00:00+01:00,6' },
      { name: 'streets.geojson', text: fc('LineString') },
      { name: 'walking_count_sites.geojson', text: fc('Point') },
      { name: 'sydney_shops_food_poi.geojson', text: fc('Point') },
      { name: 'candidate_sites.geojson', text: fc('Point') },
      { name: 'roofs.json', text: '{"layout":{"flatMounting":"flush"}}' },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(r.weather?.name).toBe('lyon.epw');
    expect(r.counts?.text.startsWith('site,')).toBe(true);
    expect(r.streets?.name).toBe('streets.geojson');
    expect(r.streets?.value).toMatchObject({ type: 'FeatureCollection' });
    expect([r.sites?.name, r.shops?.name, r.candidates?.name]).toEqual([
      'walking_count_sites.geojson',
      'sydney_shops_food_poi.geojson',
      'candidate_sites.geojson',
    ]);
    expect(r.roofsConfig?.text).toBe('{"layout":{"flatMounting":"flush"}}');
    // PVGIS TMY as CSV (first line of ../shared/data/weather/pvgis-tmy-45N8E/tmy_45.000_8.000_2005_2023.csv)
    // and as JSON (its "inputs" and "outputs" members).
    const csv = sortDroppedFiles([tif('dsm.tif'), { name: 'tmy.csv', text: 'Latitude (decimal degrees): 45.000\n' }]);
    expect(csv.weather?.name).toBe('tmy.csv');
    expect(csv.counts).toBeNull();
    const json = sortDroppedFiles([tif('dsm.tif'), { name: 'tmy.json', text: '{"inputs":{},"outputs":{}}' }]);
    expect(json.weather?.text).toBe('{"inputs":{},"outputs":{}}');
  });

  it('names each file it cannot use and why', () => {
    const r = sortDroppedFiles([
      tif('dsm.tif'),
      { name: 'notes.txt', text: 'hello' },
      { name: 'broken.geojson', text: '{"type": "FeatureCollection", ' },
      { name: 'places.geojson', text: fc('Point') },
      { name: 'a.epw', text: '' },
      { name: 'b.epw', text: '' },
      { name: 'counts.csv', text: 'site,timestamp,count\n' },
    ]);
    expect(problems(r).map(([file, reason]) => [file, reason])).toEqual([
      ['notes.txt', 'error.unknownType'],
      ['broken.geojson', 'error.json'],
      ['places.geojson', 'error.pointsRole'],
      ['b.epw', 'error.sameRole'],
      ['counts.csv', 'error.countsNeedSites'],
      ['counts.csv', 'error.countsNeedStreets'],
    ]);
    expect(r.problems[3].params).toEqual({ other: 'a.epw' });
    const alone = sortDroppedFiles([{ name: 'buildings.json', text: fc('MultiPolygon') }]);
    expect(alone.footprints).toBeNull();
    expect(problems(alone)).toEqual([['buildings.json', 'error.noDsm', {}]]);
  });

  it('keeps streets without counts, with a note that footfall needs counts', () => {
    const r = sortDroppedFiles([tif('dsm.tif'), { name: 'streets.geojson', text: fc('MultiLineString') }]);
    expect(r.streets?.name).toBe('streets.geojson');
    expect(r.problems).toEqual([]);
    expect(r.notes.map((n) => [n.file, n.reason])).toEqual([['streets.geojson', 'note.streetsNeedCounts']]);
  });
});
