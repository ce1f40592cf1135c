/**
 * Horizontal bars, stacked when a row has several parts, drawn in plain SVG: one row per person
 * or session, a total or a percentage at the end of each bar. For assistive technology the picture
 * is one image with a summary in words, and the same figures are a table under "The figures".
 * Colours are the theme's chart tokens, so the bars read in the light and the dark theme; an
 * outlined part (what is still open) differs by shape as well as colour.
 */
import styles from './charts.module.css';

export interface ChartSeries {
  name: string;
  /** A theme token, e.g. `var(--chart-1)`. */
  colour: string;
  /** Outlined rather than filled: a part not yet achieved. */
  outline?: boolean;
}

export interface ChartRow {
  label: string;
  /** One value per series, in the series' order. */
  values: number[];
  /** What the end of the bar says; the row's total when absent. */
  end?: string;
}

interface Props {
  title: string;
  /** What the chart shows, in a sentence or two: the image's accessible name. */
  summary: string;
  series: ChartSeries[];
  rows: ChartRow[];
  /** The label column's heading in the table. */
  rowHeading: string;
  /** How a value reads in the table (a count by default). */
  formatValue?: (value: number) => string;
  /** The longest bar's value; the largest row total when absent. */
  scaleMax?: number;
}

const WIDTH = 680;
const LABEL = 150;
const END = 140;
const ROW = 30;
const BAR = 18;
const GAP = 2;

const total = (row: ChartRow) => row.values.reduce((sum, v) => sum + v, 0);

export function BarChart({
  title,
  summary,
  series,
  rows,
  rowHeading,
  formatValue = String,
  scaleMax,
}: Props) {
  const max = Math.max(scaleMax ?? 0, ...rows.map(total), 1);
  const span = WIDTH - LABEL - END;
  const height = rows.length * ROW + 4;
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.title}>{title}</figcaption>
      {series.length > 1 ? (
        <ul className={styles.legend} aria-label={`${title}: key`}>
          {series.map((s) => (
            <li key={s.name}>
              <span
                className={styles.swatch}
                data-outline={s.outline || undefined}
                style={{ ['--swatch' as string]: s.colour }}
                aria-hidden="true"
              />
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="xMinYMin meet"
      >
        {rows.map((row, index) => {
          const y = index * ROW + 2;
          let x = LABEL;
          return (
            <g key={`${index}-${row.label}`}>
              <text className={styles.label} x={LABEL - 10} y={y + BAR / 2} textAnchor="end">
                {row.label.length > 20 ? `${row.label.slice(0, 19)}…` : row.label}
              </text>
              <rect className={styles.track} x={LABEL} y={y} width={span} height={BAR} rx={3} />
              {row.values.map((value, part) => {
                if (value <= 0) return null;
                const width = (value / max) * span;
                const s = series[part]!;
                const left = x;
                x += width;
                // A hairline of the ground between parts keeps neighbours apart.
                const drawn = Math.max(width - GAP, 1.5);
                return s.outline ? (
                  <rect
                    key={part}
                    x={left + 0.75}
                    y={y + 0.75}
                    width={Math.max(drawn - 1.5, 0.5)}
                    height={BAR - 1.5}
                    rx={2}
                    style={{ fill: 'var(--surface)', stroke: s.colour, strokeWidth: 1.5 }}
                  />
                ) : (
                  <rect
                    key={part}
                    x={left}
                    y={y}
                    width={drawn}
                    height={BAR}
                    rx={2}
                    style={{ fill: s.colour }}
                  />
                );
              })}
              <text className={styles.end} x={WIDTH - END + 8} y={y + BAR / 2}>
                {row.end ?? formatValue(total(row))}
              </text>
            </g>
          );
        })}
      </svg>
      <details className={styles.data}>
        <summary>The figures: {title.toLowerCase()}</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{rowHeading}</th>
              {series.map((s) => (
                <th key={s.name} scope="col">
                  {s.name}
                </th>
              ))}
              {series.length > 1 ? <th scope="col">All</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${index}-${row.label}`}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, part) => (
                  <td key={part}>
                    {series.length === 1 && row.end ? row.end : formatValue(value)}
                  </td>
                ))}
                {series.length > 1 ? <td>{formatValue(total(row))}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
