import { describe, expect, it } from 'vitest';
import { parseEpw } from './epw.js';
import { WeatherFileError } from './errors.js';

// Crafted EPW files. Layout and conventions from the EnergyPlus EPW data dictionary
// (EnergyPlus "Auxiliary Programs", Weather Converter): 8 header records, 35 fields per row,
// hour h = (h−1, h] local standard time, missing codes 99.9 °C / 9999 Wh/m².
const HEADER = [
  'LOCATION,Testville,-,FRA,Synthetic,000000,45.5,4.5,1.0,200.0',
  'DESIGN CONDITIONS,0',
  'TYPICAL/EXTREME PERIODS,0',
  'GROUND TEMPERATURES,0',
  'HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0',
  'COMMENTS 1,synthetic test file',
  'COMMENTS 2,',
  'DATA PERIODS,1,1,Data,Tuesday, 1/ 1,12/31',
];
/** Line number of data row 0. */
const FIRST = HEADER.length + 1;
const HOUR_MS = 3_600_000;

/** One year of rows: GHI 500, DNI 600, DHI 150 for hours ending 11–15, else 0; 12.5 °C; 3 m/s. */
function epwRows(year: number): string[][] {
  const hours = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / HOUR_MS;
  const rows: string[][] = [];
  for (let i = 0; i < hours; i++) {
    const d = new Date(Date.UTC(year, 0, 1) + i * HOUR_MS);
    const hourEnding = d.getUTCHours() + 1;
    const sunny = hourEnding >= 11 && hourEnding <= 15;
    rows.push(
      [
        year,
        d.getUTCMonth() + 1,
        d.getUTCDate(),
        hourEnding,
        60,
        '?9?9?9?9E0',
        12.5,
        5.0,
        80,
        101325,
        0,
        0,
        300,
        sunny ? 500 : 0,
        sunny ? 600 : 0,
        sunny ? 150 : 0,
        0,
        0,
        0,
        0,
        180,
        3.0,
        5,
        5,
        10,
        77777,
        9,
        999999999,
        0,
        0.1,
        0,
        88,
        0.2,
        0,
        0,
      ].map(String),
    );
  }
  return rows;
}

const ROWS_2019 = epwRows(2019);

/** A fresh, mutable copy of the 2019 rows. */
function rows2019(): string[][] {
  return ROWS_2019.map((row) => [...row]);
}

function epwText(rows: string[][], header: string[] = HEADER): string {
  return `${[...header, ...rows.map((r) => r.join(','))].join('\r\n')}\r\n`;
}

/** Parse and return the WeatherFileError thrown (fails the test when nothing is thrown). */
function parseError(text: string): WeatherFileError {
  try {
    parseEpw(text, 'test.epw');
  } catch (error) {
    expect(error).toBeInstanceOf(WeatherFileError);
    expect((error as Error).message).not.toContain('\n');
    return error as WeatherFileError;
  }
  throw new Error('expected a WeatherFileError');
}

describe('parseEpw on crafted files', () => {
  it('reads a clean single-year file in local standard time', () => {
    const series = parseEpw(epwText(rows2019()), 'test.epw');
    expect(series.source).toEqual({ file: 'test.epw', format: 'epw' });
    expect(series.site).toEqual({
      latitudeDeg: 45.5,
      longitudeDeg: 4.5,
      elevationM: 200,
      name: 'Testville',
      utcOffsetHours: 1,
    });
    // Row 0 = hour 1 of 1 January 2019 = 00:00–01:00 at UTC+1; sun at 00:30 local.
    expect(series.timeUtcMs[0]).toBe(Date.UTC(2018, 11, 31, 23));
    expect(series.sunTimeUtcMs[0]).toBe(Date.UTC(2018, 11, 31, 23, 30));
    expect(series.timeUtcMs[8759]).toBe(Date.UTC(2019, 11, 31, 22));
    // Row 10 = hour ending 11 (generator: sunny from hour 11).
    expect([series.ghiWM2[10], series.dniWM2[10], series.dhiWM2[10]]).toEqual([500, 600, 150]);
    expect(series.ghiWM2[9]).toBe(0);
    expect(series.albedo?.[0]).toBe(Math.fround(0.2));
    expect(series.hasBeamDiffuse).toBe(true);
    expect(series.warnings).toEqual([]);
  });

  it('keeps a leap calendar year that the file fills exactly', () => {
    const series = parseEpw(epwText(epwRows(2020)), 'test.epw');
    expect(series.timeUtcMs.length).toBe(8784);
    expect(series.timeUtcMs[8783]).toBe(Date.UTC(2020, 11, 31, 22));
    expect(series.warnings).toEqual([]);
  });

  it('lays a mixed-year typical year on 2019, or on 2020 when it has 29 February', () => {
    const rows = rows2019();
    for (const r of rows) if (r[1] === '2') r[0] = '2007';
    const series = parseEpw(epwText(rows), 'test.epw');
    expect(series.timeUtcMs[0]).toBe(Date.UTC(2018, 11, 31, 23));
    expect(series.warnings).toEqual([
      'rows come from year(s) 2007–2019 (typical year): laid on the non-leap year 2019, month, day and hour kept',
    ]);

    const leapRows = epwRows(2016);
    for (const r of leapRows) if (r[1] === '1') r[0] = '2011';
    const leap = parseEpw(epwText(leapRows), 'test.epw');
    expect(leap.timeUtcMs.length).toBe(8784);
    expect(leap.timeUtcMs[8783]).toBe(Date.UTC(2020, 11, 31, 22));
    expect(leap.warnings[0]).toContain('laid on the leap year 2020');
  });

  it('fills short runs of missing values by linear interpolation and says so', () => {
    const rows = rows2019();
    rows[100][6] = '99.9';
    rows[101][6] = '99.9';
    rows[102][6] = '99.9';
    rows[103][6] = '16.5';
    rows[12][13] = '9999';
    const series = parseEpw(epwText(rows), 'test.epw');
    // 12.5 → 16.5 over four steps: 13.5, 14.5, 15.5; GHI between 500 and 500: 500.
    expect(Array.from(series.tempAirC.subarray(99, 104))).toEqual([12.5, 13.5, 14.5, 15.5, 16.5]);
    expect(series.ghiWM2[12]).toBe(500);
    expect(series.warnings).toEqual([
      `field 14 (global horizontal radiation): 1 missing value(s) filled by linear interpolation in time (first at line ${FIRST + 12})`,
      `field 7 (dry bulb temperature): 3 missing value(s) filled by linear interpolation in time (first at line ${FIRST + 100})`,
    ]);
  });

  it('rejects a run of missing values longer than six hours', () => {
    const rows = rows2019();
    for (let i = 200; i < 207; i++) rows[i][6] = '99.9';
    const error = parseError(epwText(rows));
    expect(error.line).toBe(FIRST + 200);
    expect(error.column).toBe('field 7 (dry bulb temperature)');
    expect(error.reason).toBe('7 consecutive missing values from here: at most 6 are filled by interpolation');
  });

  it('flags a file without DNI and DHI (hasBeamDiffuse false, NaN arrays)', () => {
    const rows = rows2019();
    for (const r of rows) {
      r[14] = '9999';
      r[15] = '9999';
    }
    const series = parseEpw(epwText(rows), 'test.epw');
    expect(series.hasBeamDiffuse).toBe(false);
    expect(series.dniWM2.every(Number.isNaN)).toBe(true);
    expect(series.dhiWM2.every(Number.isNaN)).toBe(true);
    expect(series.ghiWM2[10]).toBe(500);
    expect(series.warnings[0]).toContain('hasBeamDiffuse false');
  });

  it('rejects a row with too few fields', () => {
    const rows = rows2019();
    rows[50] = rows[50].slice(0, 10);
    const error = parseError(epwText(rows));
    expect(error.line).toBe(FIRST + 50);
    expect(error.reason).toBe('10 fields, expected 35 (at least 22, up to wind speed)');
  });

  it('rejects a missing hour (8759 rows)', () => {
    const rows = rows2019();
    rows.splice(500, 1);
    const error = parseError(epwText(rows));
    expect(error.reason).toBe('expected one year of hourly rows (8760 or 8784), found 8759 rows');
  });

  it('rejects rows that are not consecutive hours', () => {
    const rows = rows2019();
    rows[500] = [...rows[499]];
    const error = parseError(epwText(rows));
    // Row 500 = 21 January hour ending 21, i.e. 20:00–21:00; the duplicate holds 19:00–20:00.
    expect(error.line).toBe(FIRST + 500);
    expect(error.reason).toBe('rows are not consecutive hours: expected 01-21 20:00–21:00, found 01-21 19:00–20:00');
  });

  it('rejects a non-numeric value with line and field', () => {
    const rows = rows2019();
    rows[10][13] = 'abc';
    const error = parseError(epwText(rows));
    expect(error.message).toBe(`test.epw:${FIRST + 10}: field 14 (global horizontal radiation): not a number: "abc"`);
  });

  it('rejects out-of-range irradiance and temperature', () => {
    const cases: Array<[number, number, string, string]> = [
      [13, -5, 'field 14 (global horizontal radiation)', 'GHI -5 W/m² outside [0, 1500]'],
      [13, 1600, 'field 14 (global horizontal radiation)', 'GHI 1600 W/m² outside [0, 1500]'],
      [14, 1501, 'field 15 (direct normal radiation)', 'DNI 1501 W/m² outside [0, 1500]'],
      [15, 506, 'field 16 (diffuse horizontal radiation)', 'DHI 506 W/m² exceeds GHI 500 W/m² by more than 5 W/m²'],
      [6, 75, 'field 7 (dry bulb temperature)', 'air temperature 75 °C outside [-90, 70]'],
      [6, -95, 'field 7 (dry bulb temperature)', 'air temperature -95 °C outside [-90, 70]'],
      [21, 41, 'field 22 (wind speed)', 'wind speed 41 m/s outside [0, 40]'],
    ];
    for (const [field, value, column, reason] of cases) {
      const rows = rows2019();
      rows[10][field] = String(value);
      const error = parseError(epwText(rows));
      expect([error.line, error.column, error.reason]).toEqual([FIRST + 10, column, reason]);
    }
  });

  it('accepts DHI above GHI within the 5 W/m² rounding tolerance', () => {
    const rows = rows2019();
    rows[10][15] = '505';
    expect(parseEpw(epwText(rows), 'test.epw').dhiWM2[10]).toBe(505);
  });

  it('rejects sub-hourly files and a bad LOCATION record', () => {
    const subHourly = [...HEADER];
    subHourly[7] = 'DATA PERIODS,1,4,Data,Tuesday, 1/ 1,12/31';
    const error = parseError(epwText(rows2019(), subHourly));
    expect([error.line, error.reason]).toEqual([8, '4 records per hour: only hourly files (1) are read']);

    const badLatitude = [...HEADER];
    badLatitude[0] = 'LOCATION,Testville,-,FRA,Synthetic,000000,north,4.5,1.0,200.0';
    const latitudeError = parseError(epwText(rows2019(), badLatitude));
    expect(latitudeError.message).toBe('test.epw:1: LOCATION latitude: expected a number in [-90, 90], found "north"');
  });

  it('reads PVGIS EPW rows as UTC with the irradiance time offset comment', () => {
    const pvgis = [...HEADER];
    pvgis[0] = 'LOCATION,unknown,-,unknown,ECMWF/ERA,unknown,45.000000,8.000000,1,250';
    pvgis[6] = 'COMMENTS 2,Irradiance Time Offset (h):-0.75';
    const series = parseEpw(epwText(rows2019(), pvgis), 'pvgis.epw');
    expect(series.source.format).toBe('pvgis-epw');
    expect(series.site.name).toBeUndefined();
    expect(series.site.utcOffsetHours).toBe(0);
    // Row 1 = 00:00–01:00 UTC; irradiance at the 01:00 label − 0.75 h = 00:15 UTC.
    expect(series.timeUtcMs[0]).toBe(Date.UTC(2019, 0, 1));
    expect(series.sunTimeUtcMs[0]).toBe(Date.UTC(2019, 0, 1, 0, 15));
  });
});
