import { deltaTForInstant, solarPositionSpa } from '@gisement/core';
import { numberOption, parseCommandArgs, UsageError } from '../args.js';
import type { Command } from '../command.js';

const help = `Usage: gisement sun --lat <deg> --lon <deg> --time <ISO 8601> [options]

Prints the topocentric sun position (NREL SPA, Reda & Andreas 2004) as JSON on stdout.
  --lat <deg>           latitude, north positive (WGS84), −90…90
  --lon <deg>           longitude, east positive, −180…180
  --time <ISO 8601>     the instant, with its zone: 2003-10-17T19:30:30Z or …T12:30:30-07:00
  --elevation <m>       observer elevation above sea level (default 0)
  --pressure <mbar>     annual mean pressure, for refraction (default 1013.25)
  --temperature <°C>    annual mean temperature, for refraction (default 12)
  --delta-t <s>         ΔT = TT − UT (default: Espenak & Meeus estimate for the date)
A negative value needs the = form: --lon=-105.1786.
Angles in degrees; azimuth clockwise from north (180 = south); equation of time in minutes.
`;

/** An ISO 8601 instant with an explicit zone (Z or ±hh:mm), to epoch ms. */
function instantOption(value: string | undefined): number {
  if (value === undefined) throw new UsageError('sun: --time <ISO 8601> is required');
  const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(value);
  const ms = Date.parse(value);
  if (!zoned || Number.isNaN(ms)) {
    throw new UsageError(`--time expects an ISO 8601 instant with a zone, e.g. 2003-10-17T19:30:30Z, got "${value}"`);
  }
  return ms;
}

export const sunCommand: Command = {
  name: 'sun',
  summary: 'sun position (NREL SPA) at a place and instant, as JSON',
  help,
  async run(argv, { stdout }) {
    const { values, positionals } = parseCommandArgs('sun', argv, {
      lat: { type: 'string' },
      lon: { type: 'string' },
      time: { type: 'string' },
      elevation: { type: 'string' },
      pressure: { type: 'string' },
      temperature: { type: 'string' },
      'delta-t': { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`sun: unexpected argument ${positionals[0]}`);
    if (values.lat === undefined || values.lon === undefined) {
      throw new UsageError('sun: --lat <deg> and --lon <deg> are required');
    }
    const timeUtcMs = instantOption(values.time);
    const input = {
      timeUtcMs,
      latitudeDeg: numberOption('lat', values.lat, 0, -90, 90),
      longitudeDeg: numberOption('lon', values.lon, 0, -180, 180),
      elevationM: numberOption('elevation', values.elevation, 0, -500, 9000),
      pressureMbar: numberOption('pressure', values.pressure, 1013.25, 1, 2000),
      temperatureC: numberOption('temperature', values.temperature, 12, -90, 70),
      deltaTSeconds: numberOption('delta-t', values['delta-t'], deltaTForInstant(timeUtcMs), -8000, 8000),
    };
    const p = solarPositionSpa(input);
    const report = {
      time: new Date(timeUtcMs).toISOString(),
      latitudeDeg: input.latitudeDeg,
      longitudeDeg: input.longitudeDeg,
      elevationM: input.elevationM,
      pressureMbar: input.pressureMbar,
      temperatureC: input.temperatureC,
      deltaTSeconds: input.deltaTSeconds,
      zenithDeg: p.zenithDeg,
      apparentZenithDeg: p.apparentZenithDeg,
      azimuthDeg: p.azimuthDeg,
      elevationDeg: p.elevationDeg,
      apparentElevationDeg: p.apparentElevationDeg,
      equationOfTimeMin: p.equationOfTimeMin,
      declinationDeg: p.declinationDeg,
      hourAngleDeg: p.hourAngleDeg,
      earthSunDistanceAu: p.earthSunDistanceAu,
    };
    stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  },
};
