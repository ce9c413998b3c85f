/**
 * Charts drawn from the published numbers only: a suppressed value is a gap, never
 * estimated. Fixed sizes, no animation, so the printed PDF matches the screen.
 *
 * Plain SVG, worked out here: nothing is measured in the page and nothing renders twice.
 * recharts drew these before, and the first report drawn in a page held the window for
 * 0.2 to 0.3 s on each chart (seen in a CPU profile of a year's report: it measured each
 * tick label in the page, every measure forcing a layout, and re-rendered each chart
 * synchronously from its own store once mounted). The numbers are in the table beside
 * each chart, so the drawing itself is hidden from screen readers.
 */
import { useTranslation } from 'react-i18next';
import type { ReportTable } from '../../../shared/report/build-report';
import { isPublished } from '../../../shared/report/disclosure';
import { axisTicks, pointsOf, segments } from './chart-geometry';

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

export function TrendChart({ entry }: { entry: ReportTable }) {
  const data = firstColumn(entry);
  const height = 220;
  const plot = { left: 60, right: WIDTH - 16, top: 8, bottom: height - 38 };
  const ticks = axisTicks(Math.max(0, ...data.map((d) => d.value ?? 0)));
  const top = ticks.at(-1)!;
  const y = (value: number) => plot.bottom - ((plot.bottom - plot.top) * value) / top;
  const points = pointsOf(data.length, plot.left, plot.right);
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
            <text key={d.label} x={points[i]} y={plot.bottom + 8} dy="0.71em" textAnchor="middle" fontSize={FONT} fill={LABEL}>
              {d.label}
            </text>
          ) : null,
        )}
        {segments(data.map((d) => d.value)).map((run) => (
          <polyline key={run[0]} fill="none" stroke={INK} strokeWidth={2} points={run.map((i) => `${points[i]},${y(data[i]!.value!)}`).join(' ')} />
        ))}
        {data.map((d, i) => (d.value !== null ? <circle key={d.label} cx={points[i]} cy={y(d.value)} r={3} fill="#fff" stroke={INK} /> : null))}
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
  const ticks = axisTicks(Math.max(0, ...data.map((d) => d.value)));
  const top = ticks.at(-1)!;
  const x = (value: number) => plot.left + ((plot.right - plot.left) * value) / top;
  const band = (plot.bottom - plot.top) / Math.max(1, data.length);
  const bar = Math.min(band * 0.8, 20);
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
        {data.map((d, i) => {
          const middle = plot.top + band * (i + 0.5);
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
