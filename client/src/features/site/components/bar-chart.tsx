import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';

export type BarDatum = { label: string; value: number };

const colours = { bar: '#005eb8', text: '#212b32' };

/**
 * A horizontal bar chart of one figure by area or category, largest first, each bar labelled with
 * its value. The picture is named for screen readers in a sentence; `tableId` names the table that
 * gives the same figures (every chart has one).
 */
export function BarFigure({
  caption,
  bars,
  format,
  tableId,
  max,
}: {
  caption: string;
  bars: readonly BarDatum[];
  /** How a value reads: "£1,234", "56%". */
  format: (value: number) => string;
  tableId: string;
  /** The value a full-length bar stands for (100 for percentages); the largest bar's when not given. */
  max?: number;
}) {
  if (bars.length === 0) return null;
  const sentence = bars.map((bar) => `${bar.label} ${format(bar.value)}`).join('; ');
  const labelWidth = Math.min(260, Math.max(...bars.map((bar) => bar.label.length)) * 7 + 16);
  return (
    <figure className="concord-chart">
      <figcaption className="nhsuk-heading-s">{caption}</figcaption>
      <div role="img" aria-label={`Bar chart, ${caption}: ${sentence}.`} aria-describedby={tableId}>
        <BarChart
          layout="vertical"
          data={[...bars]}
          responsive
          style={{ width: '100%', height: bars.length * 32 + 24 }}
          margin={{ top: 0, right: 96, bottom: 0, left: 8 }}
          accessibilityLayer={false}
        >
          <XAxis type="number" dataKey="value" hide domain={[0, max ?? 'dataMax']} />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            tick={{ fill: colours.text, fontSize: 14 }}
            tickLine={false}
            interval={0}
          />
          <Bar dataKey="value" fill={colours.bar} isAnimationActive={false} barSize={20}>
            <LabelList
              dataKey="value"
              position="right"
              formatter={(value) => format(Number(value))}
              fill={colours.text}
              fontSize={14}
            />
          </Bar>
        </BarChart>
      </div>
    </figure>
  );
}

/** "NHS North Central London Integrated Care Board" → "North Central London": short enough for a chart. */
export function shortAreaName(name: string): string {
  return name
    .replace(/^NHS\s+/i, '')
    .replace(/\s+Integrated Care Board$/i, '')
    .trim();
}

/** Whole pounds with a short scale for a chart label: £1.2m, £340k, £950. */
export function shortPounds(value: number): string {
  const abs = Math.abs(value);
  const scaled = (divisor: number, suffix: string) =>
    `£${(value / divisor).toFixed(abs >= divisor * 10 ? 0 : 1).replace(/\.0$/, '')}${suffix}`;
  if (abs >= 1_000_000) return scaled(1_000_000, 'm');
  if (abs >= 1_000) return scaled(1_000, 'k');
  return `£${Math.round(value)}`;
}
