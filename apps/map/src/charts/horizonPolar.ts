import { scaleLinear } from 'd3-scale';
import { create } from 'd3-selection';
import { curveLinearClosed, lineRadial } from 'd3-shape';
import type { PointHorizon } from '../data/pointHorizon.js';
import type { SkyPoint } from './sunPaths.js';

const RAD_PER_DEG = Math.PI / 180;
/** Radius of the horizon circle (elevation 0°) [px]. */
const RADIUS_PX = 110;
/** Room around the circle for the compass labels [px]. */
const PAD_PX = 18;

/**
 * Radius of an elevation on the polar chart [px]: zenith (90°) at the centre, the horizontal
 * (0°) on the rim, linear in between; elevations below 0 stay on the rim.
 * @example elevationRadius(110)(45) // 55
 */
export function elevationRadius(radiusPx: number) {
  return scaleLinear().domain([90, 0]).range([0, radiusPx]).clamp(true);
}

/**
 * Position of a sky point on the chart, north up and east right (seen from below the sky,
 * as on a map) [px from the centre, y down].
 * @param azimuthDeg azimuth clockwise from north [°]
 * @param elevationDeg elevation [°]
 * @param radiusPx rim radius [px]
 * @example polarXY(90, 0, 100) // [100, 0] (east, on the rim)
 */
export function polarXY(azimuthDeg: number, elevationDeg: number, radiusPx: number): [number, number] {
  const r = elevationRadius(radiusPx)(elevationDeg);
  const a = azimuthDeg * RAD_PER_DEG;
  return [r * Math.sin(a), -r * Math.cos(a)];
}

/**
 * SVG path of the skyline: the horizon angle in every direction as a closed line (d3
 * `lineRadial`: angle clockwise from 12 o'clock = north), followed by the rim circle, so that
 * filled with the even–odd rule it shades the hidden sky between the skyline and the rim.
 * @param horizon the point's horizon
 * @param radiusPx rim radius [px]
 * @returns the `d` attribute (centre at 0, 0)
 * @example skylinePath(horizon, 110)
 */
export function skylinePath(horizon: PointHorizon, radiusPx: number): string {
  const radius = elevationRadius(radiusPx);
  const points = Array.from(horizon.azimuthsDeg, (az, i): [number, number] => [
    az * RAD_PER_DEG,
    radius(horizon.elevationsDeg[i]),
  ]);
  const skyline = lineRadial().curve(curveLinearClosed)(points) ?? '';
  const r = radiusPx;
  return `${skyline}M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
}

/** Texts of the horizon chart, in the interface language. */
export interface HorizonPolarText {
  /** Accessible title. */
  title: string;
  /** Compass letters N, E, S, W in the interface language. */
  compass: readonly [string, string, string, string];
  /** Legend of the two sun paths (June, December). */
  june: string;
  december: string;
}

/** Elevation rings drawn [°]. */
const RINGS_DEG = [30, 60];

/**
 * An SVG polar chart of a point's horizon (d3): zenith at the centre, horizontal on the rim,
 * north up; the hidden sky shaded and the solstice sun paths drawn over it.
 * @param horizon the point's horizon
 * @param paths the June and December sun paths
 * @param text title, compass letters and path names
 * @returns the `<svg>` element
 * @example panel.append(horizonPolar(horizon, solsticePaths(lat, lon), text));
 */
export function horizonPolar(
  horizon: PointHorizon,
  paths: { june: readonly SkyPoint[]; december: readonly SkyPoint[] },
  text: HorizonPolarText,
): SVGSVGElement {
  const size = 2 * (RADIUS_PX + PAD_PX);
  const svg = create('svg')
    .attr('class', 'chart horizon-polar')
    .attr('viewBox', `${-size / 2} ${-size / 2} ${size} ${size + 16}`)
    .attr('role', 'img')
    .attr('aria-label', text.title);
  svg.append('title').text(text.title);
  svg.append('circle').attr('class', 'sky').attr('r', RADIUS_PX);
  svg.append('path').attr('class', 'skyline').attr('fill-rule', 'evenodd').attr('d', skylinePath(horizon, RADIUS_PX));
  const radius = elevationRadius(RADIUS_PX);
  for (const ring of RINGS_DEG) {
    svg.append('circle').attr('class', 'ring').attr('r', radius(ring));
    svg
      .append('text')
      .attr('class', 'ring-label')
      .attr('x', 2)
      .attr('y', -radius(ring) - 2)
      .text(`${ring}°`);
  }
  text.compass.forEach((letter, i) => {
    const [x, y] = polarXY(i * 90, 0, RADIUS_PX + PAD_PX / 2);
    svg.append('text').attr('class', 'compass').attr('x', x).attr('y', y).text(letter);
  });
  const line = (points: readonly SkyPoint[]) =>
    points.map((p) => polarXY(p.azimuthDeg, p.elevationDeg, RADIUS_PX).join(',')).join(' ');
  svg.append('polyline').attr('class', 'sun-june').attr('points', line(paths.june));
  svg.append('polyline').attr('class', 'sun-december').attr('points', line(paths.december));
  const legend = svg
    .append('g')
    .attr('class', 'sun-legend')
    .attr('transform', `translate(${-size / 2 + 4},${size / 2 + 10})`);
  legend.append('text').attr('class', 'sun-june-label').text(text.june);
  legend
    .append('text')
    .attr('class', 'sun-december-label')
    .attr('x', size / 2)
    .text(text.december);
  return svg.node() as SVGSVGElement;
}
