/**
 * Charts drawn from the published numbers only: a suppressed value is a gap, never
 * estimated. Fixed sizes, no animation, so the printed PDF matches the screen.
 *
 * Nothing is measured in the page: recharts' own tick labels measure each word and its
 * choice of which ticks to show measures each label, every measure forcing the page's
 * layout, which held the window about a fifth of a second on the first report drawn in a
 * page (recharts remembers sizes after). So every axis shows ticks at a set interval and
 * draws its labels as plain SVG text.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { ReportTable } from '../../../shared/report/build-report';
import { isPublished } from '../../../shared/report/disclosure';

const INK = '#1d5f8a';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
}

/** How far below its point a label's baseline sits, for recharts' vertical anchors. */
const BASELINE = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/** A tick label as plain SVG text, at the point recharts gives, measured by nobody. */
function plainTick({ x, y, payload, textAnchor, verticalAnchor }: TickProps) {
  return (
    <text x={x} y={y} dy={BASELINE[verticalAnchor ?? 'middle']} textAnchor={textAnchor} fontSize={12} fill="#666" className="recharts-cartesian-axis-tick-value">
      {String(payload?.value ?? '')}
    </text>
  );
}

/** At most six labels along a line chart's 640 pixels (a month's name is about 90 of them). */
const everyFew = (count: number) => Math.max(0, Math.ceil(count / 6) - 1);

function firstColumn(entry: ReportTable) {
  return entry.table.rows.map((label, i) => {
    const cell = entry.table.cells[i]?.[0];
    return { label, value: cell && isPublished(cell) ? cell.value : null };
  });
}

export function TrendChart({ entry }: { entry: ReportTable }) {
  const data = firstColumn(entry);
  return (
    <figure className="report-chart">
      <LineChart width={640} height={220} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="#e6e2d8" vertical={false} />
        <XAxis dataKey="label" tick={plainTick} interval={everyFew(data.length)} />
        <YAxis tick={plainTick} interval={0} allowDecimals={false} />
        <Line type="monotone" dataKey="value" stroke={INK} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />
      </LineChart>
      <figcaption>{entry.title}</figcaption>
    </figure>
  );
}

export function BreakdownChart({ entry }: { entry: ReportTable }) {
  const { t } = useTranslation('reports');
  const data = firstColumn(entry).filter((d) => d.value !== null);
  return (
    <figure className="report-chart">
      <BarChart width={640} height={Math.max(120, data.length * 26 + 40)} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#e6e2d8" horizontal={false} />
        <XAxis type="number" tick={plainTick} interval={0} allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={230} tick={plainTick} interval={0} />
        <Bar dataKey="value" fill={INK} isAnimationActive={false} />
      </BarChart>
      <figcaption>{t('chart.publishedOnly', { title: entry.title })}</figcaption>
    </figure>
  );
}
