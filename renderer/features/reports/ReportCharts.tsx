/**
 * Charts drawn from the published numbers only: a suppressed value is a gap, never
 * estimated. Fixed sizes, no animation, so the printed PDF matches the screen.
 *
 * Scales and ticks come from d3-scale and the line (with its gaps) from d3-shape; React
 * draws the SVG: nothing is measured in the page and nothing renders twice. recharts drew
 * these before, and the first report drawn in a page held the window for 0.2 to 0.3 s on
 * each chart (seen in a CPU profile of a year's report: it measured each tick label in the
 * page, every measure forcing a layout, and re-rendered each chart synchronously from its
 * own store once mounted). The numbers are in the table beside each chart, so the drawing
 * itself is hidden from screen readers.
 */
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { useTranslation } from 'react-i18next';
import type { ReportTable } from '../../../shared/report/build-report';
import { isPublished } from '../../../shared/report/disclosure';

const INK = '#1d5f8a';
const GRID = '#e6e2d8';
const LABEL = '#666';
const FONT = 12;
const WIDTH = 640;

function firstColumn(entry: ReportTable) {
  return entry.table.rows.map((label, i) => {
    const cell = entry.table.cells[i]?.[0];
    return { label, value: cell && isPublished(cell) ? cell.value : null };
  });
}

/** At most six labels along the line (a month's name is about 90 of its 640 pixels). */
const everyFew = (count: number) => Math.max(1, Math.ceil(count / 6));

/** A linear scale from 0 past `max`, rounded out to whole-number ticks (about five). */
export function countScale(max: number, range: [number, number]) {
  const scale = scaleLinear().domain([0, Math.max(1, max)]).range(range).nice(4);
  return { scale, ticks: scale.ticks(4).filter(Number.isInteger) };
}

type Point = { label: string; value: number | null };

/** The line through the published values; a hidden value (null) leaves a gap in it. */
export function trendPath(data: readonly Point[], x: (label: string) => number, y: (value: number) => number): string {
  return (
    line<Point>()
      .defined((d) => d.value !== null)
      .x((d) => x(d.label))
      .y((d) => y(d.value!))(data as Point[]) ?? ''
  );
}

export function TrendChart({ entry }: { entry: ReportTable }) {
  const data = firstColumn(entry);
  const height = 220;
  const plot = { left: 60, right: WIDTH - 16, top: 8, bottom: height - 38 };
  const { scale: y, ticks } = countScale(Math.max(0, ...data.map((d) => d.value ?? 0)), [plot.bottom, plot.top]);
  const points = scalePoint()
    .domain(data.map((d) => d.label))
    .range([plot.left, plot.right])
    .padding(0.5);
  const x = (label: string) => points(label) ?? plot.left;
  const step = everyFew(data.length);
  return (
    <figure className="report-chart">
      <svg width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={plot.left} x2={plot.right} y1={y(tick)} y2={y(tick)} stroke={GRID} />
            <text x={plot.left - 8} y={y(tick)} dy="0.355em" textAnchor="end" fontSize={FONT} fill={LABEL}>
              {tick}
            </text>
          </g>
        ))}
        {data.map((d, i) =>
          i % step === 0 ? (
            <text key={d.label} x={x(d.label)} y={plot.bottom + 8} dy="0.71em" textAnchor="middle" fontSize={FONT} fill={LABEL}>
              {d.label}
            </text>
          ) : null,
        )}
        <path fill="none" stroke={INK} strokeWidth={2} d={trendPath(data, x, y)} />
        {data.map((d) => (d.value !== null ? <circle key={d.label} cx={x(d.label)} cy={y(d.value)} r={3} fill="#fff" stroke={INK} /> : null))}
      </svg>
      <figcaption>{entry.title}</figcaption>
    </figure>
  );
}

export function BreakdownChart({ entry }: { entry: ReportTable }) {
  const { t } = useTranslation('reports');
  const data = firstColumn(entry).filter((d): d is { label: string; value: number } => d.value !== null);
  const height = Math.max(120, data.length * 26 + 40);
  const plot = { left: 238, right: WIDTH - 24, top: 8, bottom: height - 38 };
  const { scale: x, ticks } = countScale(Math.max(0, ...data.map((d) => d.value)), [plot.left, plot.right]);
  const bands = scaleBand()
    .domain(data.map((d) => d.label))
    .range([plot.top, plot.bottom]);
  const bar = Math.min(bands.bandwidth() * 0.8, 20);
  return (
    <figure className="report-chart">
      <svg width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={plot.top} y2={plot.bottom} stroke={GRID} />
            <text x={x(tick)} y={plot.bottom + 8} dy="0.71em" textAnchor="middle" fontSize={FONT} fill={LABEL}>
              {tick}
            </text>
          </g>
        ))}
        {data.map((d) => {
          const middle = (bands(d.label) ?? plot.top) + bands.bandwidth() / 2;
          return (
            <g key={d.label}>
              <text x={plot.left - 8} y={middle} dy="0.355em" textAnchor="end" fontSize={FONT} fill={LABEL}>
                {d.label}
              </text>
              <rect x={plot.left} y={middle - bar / 2} width={x(d.value) - plot.left} height={bar} fill={INK} />
            </g>
          );
        })}
      </svg>
      <figcaption>{t('chart.publishedOnly', { title: entry.title })}</figcaption>
    </figure>
  );
}
