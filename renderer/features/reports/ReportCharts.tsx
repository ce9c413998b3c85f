/**
 * Charts drawn from the published numbers only: a suppressed value is a gap, never
 * estimated. Fixed sizes, no animation, so the printed PDF matches the screen.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { ReportTable } from '../../../shared/report/build-report';
import { isPublished } from '../../../shared/report/disclosure';

const INK = '#1d5f8a';

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
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis tick={{ fontSize: 12 }} allowDecimals={false} />
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
        <XAxis type="number" tick={{ fontSize: 12 }} allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={230} tick={{ fontSize: 12 }} />
        <Bar dataKey="value" fill={INK} isAnimationActive={false} />
      </BarChart>
      <figcaption>{t('chart.publishedOnly', { title: entry.title })}</figcaption>
    </figure>
  );
}
