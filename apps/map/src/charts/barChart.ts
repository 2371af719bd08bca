import { axisBottom, axisLeft } from 'd3-axis';
import { scaleBand, scaleLinear } from 'd3-scale';
import { create } from 'd3-selection';

/** Size of a chart and the room kept for its axes [px]. */
export interface ChartBox {
  widthPx: number;
  heightPx: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** One bar of {@link barLayout} [px, SVG coordinates: y down]. */
export interface Bar {
  /** Position of its value in the input. */
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Bars of a series of values (months, hours): one band per value, heights from 0 to the
 * largest value rounded up to a round tick (d3 `nice`); a NaN value has no bar.
 * @param values the values, in axis order [any unit ≥ 0]
 * @param box chart size and margins [px]
 * @returns the bars, the band scale and the value scale (for the axes)
 * @example barLayout(monthly, { widthPx: 320, heightPx: 160, margin }).bars[5].height
 */
export function barLayout(values: ArrayLike<number>, box: ChartBox) {
  const { widthPx, heightPx, margin } = box;
  const indices = Array.from({ length: values.length }, (_, i) => i);
  const x = scaleBand<number>()
    .domain(indices)
    .range([margin.left, widthPx - margin.right])
    .padding(0.15);
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice()
    .range([heightPx - margin.bottom, margin.top]);
  const bars: Bar[] = [];
  for (const i of indices) {
    const value = values[i];
    if (!Number.isFinite(value)) continue;
    bars.push({ index: i, x: x(i) ?? 0, y: y(value), width: x.bandwidth(), height: y(0) - y(value) });
  }
  return { bars, x, y };
}

/** Texts of a bar chart, in the interface language. */
export interface BarChartText {
  /** Class of the `<svg>` (for styles and tests), e.g. `monthly-bars`. */
  className: string;
  /** Accessible title, e.g. "Monthly irradiation, kWh/m²". */
  title: string;
  /** Axis label with the unit, e.g. "kWh/m²". */
  unit: string;
  /** Label of each value's band (month names, hours). */
  labels: readonly string[];
  /** Label every this many bands (1 = all). */
  labelEvery: number;
  /** Value of one bar as text, for its tooltip. */
  format(value: number): string;
}

const BOX: ChartBox = { widthPx: 320, heightPx: 170, margin: { top: 18, right: 8, bottom: 22, left: 40 } };

/**
 * An SVG bar chart (d3), every label as text.
 * @param values the values, in axis order
 * @param text class, title, unit, band labels and number format
 * @returns the `<svg>` element
 * @example panel.append(barChart(monthly, { className: 'monthly-bars', title, unit: 'kWh/m²', labels, labelEvery: 1, format }));
 */
export function barChart(values: ArrayLike<number>, text: BarChartText): SVGSVGElement {
  const { bars, x, y } = barLayout(values, BOX);
  const svg = create('svg')
    .attr('class', `chart ${text.className}`)
    .attr('viewBox', `0 0 ${BOX.widthPx} ${BOX.heightPx}`)
    .attr('role', 'img')
    .attr('aria-label', text.title);
  svg.append('title').text(text.title);
  svg
    .append('g')
    .attr('transform', `translate(0,${BOX.heightPx - BOX.margin.bottom})`)
    .call(
      axisBottom(x)
        .tickValues(x.domain().filter((i) => i % text.labelEvery === 0))
        .tickFormat((i) => text.labels[i]),
    );
  svg.append('g').attr('transform', `translate(${BOX.margin.left},0)`).call(axisLeft(y).ticks(4));
  svg.append('text').attr('class', 'axis-unit').attr('x', 4).attr('y', 11).text(text.unit);
  svg
    .append('g')
    .attr('class', 'bars')
    .selectAll('rect')
    .data(bars)
    .join('rect')
    .attr('x', (b) => b.x)
    .attr('y', (b) => b.y)
    .attr('width', (b) => b.width)
    .attr('height', (b) => b.height)
    .append('title')
    .text((b) => `${text.labels[b.index]}: ${text.format(values[b.index])}`);
  return svg.node() as SVGSVGElement;
}
