import { describe, expect, it } from 'vitest';
import { WeatherFileError } from './errors.js';
import { parseWeather } from './parseWeather.js';
import { parsePvgisCsv } from './pvgisCsv.js';
import { parsePvgisJson } from './pvgisJson.js';

// Crafted PVGIS TMY files following the layout of the PVGIS TMY tool outputs (csv: header
// items, month/year table, `time(UTC),…` header row, hourly UTC rows, blank line, legend;
// json: inputs.location + outputs.tmy_hourly), as in ../shared/data/weather/pvgis-tmy-45N8E.
const HOUR_MS = 3_600_000;
const COLUMNS = ['time(UTC)', 'T2m', 'RH', 'G(h)', 'Gb(n)', 'Gd(h)', 'IR(h)', 'WS10m', 'WD10m', 'SP'];

interface Hour {
  'time(UTC)': string;
  [key: string]: string | number;
}

/** One UTC year 2019: G(h) 400, Gb(n) 500, Gd(h) 100 from 10:00 to 14:00, else 0; 8.5 °C; 2.25 m/s. */
function pvgisHours(): Hour[] {
  const hours: Hour[] = [];
  for (let i = 0; i < 8760; i++) {
    const d = new Date(Date.UTC(2019, 0, 1) + i * HOUR_MS);
    const p2 = (v: number) => String(v).padStart(2, '0');
    const sunny = d.getUTCHours() >= 10 && d.getUTCHours() <= 14;
    hours.push({
      'time(UTC)': `2019${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())}:${p2(d.getUTCHours())}00`,
      T2m: 8.5,
      RH: 80,
      'G(h)': sunny ? 400 : 0,
      'Gb(n)': sunny ? 500 : 0,
      'Gd(h)': sunny ? 100 : 0,
      'IR(h)': 300,
      WS10m: 2.25,
      WD10m: 180,
      SP: 100000,
    });
  }
  return hours;
}

const HOURS = pvgisHours();
/** Line of the `time(UTC)` header row in {@link csvText} with an offset line. */
const HEADER_LINE = 18;

function csvText(options: { offset?: boolean; columns?: string[]; edit?: (rows: string[][]) => void } = {}): string {
  const columns = options.columns ?? COLUMNS;
  const rows = HOURS.map((h) => columns.map((c) => String(h[c])));
  options.edit?.(rows);
  const lines = [
    'Latitude (decimal degrees): 45.500',
    'Longitude (decimal degrees): 4.800',
    'Elevation (m): 170.0',
    ...(options.offset === false ? [] : ['Irradiance Time Offset (h): 0.25']),
    'month,year',
    ...Array.from({ length: 12 }, (_, m) => `${m + 1},2019`),
    columns.join(','),
    ...rows.map((r) => r.join(',')),
    '',
    'T2m: 2-m air temperature (degree Celsius)',
    'PVGIS (c) European Union, 2001-2025',
  ];
  return lines.join('\r\n');
}

function jsonText(edit?: (records: Hour[]) => void): string {
  const records = HOURS.map((h) => ({ ...h }));
  edit?.(records);
  return JSON.stringify({
    inputs: {
      location: { latitude: 45.5, longitude: 4.8, elevation: 170, irradiance_time_offset: 0.25 },
    },
    outputs: { tmy_hourly: records },
  });
}

function thrown(parse: () => unknown): WeatherFileError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(WeatherFileError);
    expect((error as Error).message).not.toContain('\n');
    return error as WeatherFileError;
  }
  throw new Error('expected a WeatherFileError');
}

describe('parsePvgisCsv / parsePvgisJson on crafted files', () => {
  it('reads UTC stamps, the site and the irradiance time offset', () => {
    const series = parsePvgisCsv(csvText(), 'tmy.csv');
    expect(series.site).toEqual({
      latitudeDeg: 45.5,
      longitudeDeg: 4.8,
      elevationM: 170,
      utcOffsetHours: 0,
    });
    expect(series.timeUtcMs[0]).toBe(Date.UTC(2019, 0, 1));
    expect(series.sunTimeUtcMs[0]).toBe(Date.UTC(2019, 0, 1, 0, 15)); // + 0.25 h
    expect(series.timeUtcMs[8759]).toBe(Date.UTC(2019, 11, 31, 23));
    expect([series.ghiWM2[10], series.dniWM2[10], series.dhiWM2[10], series.windSpeedMS[10]]).toEqual([
      400, 500, 100, 2.25,
    ]);
    expect(series.albedo).toBeUndefined();
    expect(series.warnings).toEqual([]);
  });

  it('gives the same series from the JSON and the CSV of the same data', () => {
    const csv = parsePvgisCsv(csvText(), 'tmy.csv');
    const json = parsePvgisJson(jsonText(), 'tmy.json');
    expect({ ...json, source: csv.source }).toEqual(csv);
  });

  it('takes the sun at mid-hour with a warning when the offset is absent', () => {
    const series = parsePvgisCsv(csvText({ offset: false }), 'tmy.csv');
    expect(series.sunTimeUtcMs[0]).toBe(Date.UTC(2019, 0, 1, 0, 30));
    expect(series.warnings).toEqual(['no irradiance time offset in the file: sun position taken at mid-interval']);
  });

  it('reads a GHI-only file with hasBeamDiffuse false', () => {
    const series = parsePvgisCsv(csvText({ columns: ['time(UTC)', 'T2m', 'G(h)', 'WS10m'] }), 'tmy.csv');
    expect(series.hasBeamDiffuse).toBe(false);
    expect(series.dniWM2.every(Number.isNaN)).toBe(true);
    expect(series.ghiWM2[10]).toBe(400);
  });

  it('rejects wrong columns', () => {
    const noGhi = thrown(() =>
      parsePvgisCsv(csvText({ columns: ['time(UTC)', 'T2m', 'Gb(n)', 'Gd(h)', 'WS10m'] }), 'tmy.csv'),
    );
    expect([noGhi.line, noGhi.reason]).toEqual([
      HEADER_LINE,
      'no "G(h)" column in the header row (found time(UTC), T2m, Gb(n), Gd(h), WS10m)',
    ]);
    const beamOnly = thrown(() =>
      parsePvgisCsv(csvText({ columns: ['time(UTC)', 'T2m', 'G(h)', 'Gb(n)', 'WS10m'] }), 'tmy.csv'),
    );
    expect([beamOnly.line, beamOnly.reason]).toEqual([HEADER_LINE, '"Gb(n)" and "Gd(h)" must come together']);
    const shortRow = thrown(() => parsePvgisCsv(csvText({ edit: (rows) => rows[2].pop() }), 'tmy.csv'));
    expect([shortRow.line, shortRow.reason]).toEqual([HEADER_LINE + 3, '9 columns, expected 10 as in the header row']);
  });

  it('rejects bad time stamps, mixed minutes and missing hours', () => {
    const bad = thrown(() =>
      parsePvgisCsv(
        csvText({
          edit: (rows) => {
            rows[5][0] = '2019010:0500';
          },
        }),
        'tmy.csv',
      ),
    );
    expect(bad.message).toBe(
      `tmy.csv:${HEADER_LINE + 6}: time(UTC): expected a time stamp YYYYMMDD:HHMM with minute 00, found "2019010:0500"`,
    );
    const minute = thrown(() =>
      parsePvgisCsv(
        csvText({
          edit: (rows) => {
            rows[7][0] = '20190101:0710';
          },
        }),
        'tmy.csv',
      ),
    );
    expect(minute.line).toBe(HEADER_LINE + 8);
    const short = thrown(() =>
      parsePvgisCsv(
        csvText({
          edit: (rows) => {
            rows.pop();
          },
        }),
        'tmy.csv',
      ),
    );
    expect(short.reason).toBe('expected one year of hourly rows (8760 or 8784), found 8759 rows');
    const swapped = thrown(() =>
      parsePvgisCsv(
        csvText({
          edit: (rows) => {
            [rows[30], rows[31]] = [rows[31], rows[30]];
          },
        }),
        'tmy.csv',
      ),
    );
    expect([swapped.line, swapped.reason]).toEqual([
      HEADER_LINE + 31,
      'rows are not consecutive hours: expected 01-02 06:00–07:00, found 01-02 07:00–08:00',
    ]);
  });

  it('rejects non-numeric and out-of-range values with line and column', () => {
    const text = thrown(() =>
      parsePvgisCsv(
        csvText({
          edit: (rows) => {
            rows[3][1] = 'warm';
          },
        }),
        'tmy.csv',
      ),
    );
    expect(text.message).toBe(`tmy.csv:${HEADER_LINE + 4}: T2m: not a number: "warm"`);
    const negative = thrown(() =>
      parsePvgisCsv(
        csvText({
          edit: (rows) => {
            rows[3][3] = '-1.5';
          },
        }),
        'tmy.csv',
      ),
    );
    expect(negative.message).toBe(`tmy.csv:${HEADER_LINE + 4}: G(h): GHI -1.5 W/m² outside [0, 1500]`);
  });

  it('rejects a header without latitude', () => {
    const error = thrown(() =>
      parsePvgisCsv(csvText().replace('Latitude (decimal degrees): 45.500\r\n', ''), 'tmy.csv'),
    );
    expect(error.reason).toBe('no "Latitude (decimal degrees): …" line before the data');
  });

  it('reports JSON problems by record', () => {
    const text = thrown(() =>
      parsePvgisJson(
        jsonText((r) => {
          r[5]['G(h)'] = 'abc';
        }),
        'tmy.json',
      ),
    );
    expect(text.message).toBe('tmy.json: record 6: G(h): expected a number, found "abc"');
    const hot = thrown(() =>
      parsePvgisJson(
        jsonText((r) => {
          r[5].T2m = 71;
        }),
        'tmy.json',
      ),
    );
    expect(hot.message).toBe('tmy.json: record 6: T2m: air temperature 71 °C outside [-90, 70]');
    const broken = thrown(() => parsePvgisJson('{"inputs": ', 'tmy.json'));
    expect(broken.reason).toMatch(/^not valid JSON: /);
    const other = thrown(() => parsePvgisJson('{"outputs": {}}', 'tmy.json'));
    expect(other.reason).toBe('not a PVGIS TMY JSON: expected inputs.location and outputs.tmy_hourly');
  });
});

describe('parseWeather', () => {
  it('dispatches on content, ignoring a byte-order mark', () => {
    expect(parseWeather(`\ufeff${csvText()}`, 'a.txt').source.format).toBe('pvgis-csv');
    expect(parseWeather(jsonText(), 'a.txt').source.format).toBe('pvgis-json');
  });

  it('throws on an unknown format', () => {
    const error = thrown(() => parseWeather('date,ghi\n2019-01-01,0\n', 'mystery.csv'));
    expect(error.file).toBe('mystery.csv');
    expect(error.reason).toMatch(/^unknown weather file format/);
  });
});
