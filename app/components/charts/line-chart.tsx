import { formatDisclosed, type Disclosed } from "~/modules/reports/suppression";

/**
 * A line chart over time drawn on the server as SVG, with the same figures in
 * a table beside it, as BarChart does: the table is what screen readers and
 * printouts rely on, so the chart is hidden from assistive technology.
 * A hidden count ([c]) draws no point and breaks the line, with [c] written
 * at its place on the axis. Each series has its own marker shape and line
 * pattern as well as colour. No script, no inline styles.
 */
export interface LineChartProps {
  title: string;
  /** Heading of the first column (e.g. "Month"). */
  categoryHeading: string;
  /** In time order; `short` labels the axis when given (e.g. "Nov\n2026": a line break makes two lines). */
  categories: { key: string; label: string; short?: string }[];
  series: { key: string; label: string; values: Disclosed[] }[];
  formatNumber?: (n: number) => string;
}

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 56;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 44;

/** A round number at or above `n` for the top of the axis (1, 2, 2.5 or 5 times a power of ten). */
export function niceMax(n: number): number {
  if (n <= 0) return 10;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

function Marker({ series, x, y }: { series: number; x: number; y: number }) {
  const className = `chart__point chart__point--${series % 4}`;
  return series % 2 === 0 ? <circle cx={x} cy={y} r={5} className={className} /> : <rect x={x - 5} y={y - 5} width={10} height={10} className={className} />;
}

export function LineChart({ title, categoryHeading, categories, series, formatNumber = String }: LineChartProps) {
  const top = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map((v) => (v.shown ? v.value : 0)))));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / Math.max(1, categories.length);
  const xOf = (i: number) => LEFT + (i + 0.5) * slot;
  const yOf = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const ticks = [0, top / 2, top];
  return (
    <figure className="chart">
      <figcaption className="heading-s">{title}</figcaption>
      {series.length > 1 ? (
        <ul className="chart__legend" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.key}>
              <svg width="34" height="14" focusable="false">
                <line x1="2" y1="7" x2="32" y2="7" className={`chart__line chart__line--${i % 4}`} />
                <Marker series={i} x={17} y={7} />
              </svg>{" "}
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" aria-hidden="true" focusable="false">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(tick)} y2={yOf(tick)} className="chart__grid" />
            <text x={LEFT - 8} y={yOf(tick) + 4} textAnchor="end" className="chart__axis">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {categories.map((category, c) => (
          <text key={category.key} x={xOf(c)} y={HEIGHT - BOTTOM + 18} textAnchor="middle" className="chart__axis">
            {(category.short ?? category.label).split("\n").map((line, l) => (
              <tspan key={line} x={xOf(c)} dy={l === 0 ? 0 : 15}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
        {series.map((s, i) => {
          // One path per run of shown values: a hidden value breaks the line.
          const runs: string[] = [];
          let run: string[] = [];
          s.values.forEach((value, c) => {
            if (value.shown) run.push(`${run.length === 0 ? "M" : "L"}${xOf(c).toFixed(1)} ${yOf(value.value).toFixed(1)}`);
            else if (run.length > 0) {
              runs.push(run.join(" "));
              run = [];
            }
          });
          if (run.length > 0) runs.push(run.join(" "));
          return (
            <g key={s.key}>
              {runs.map((d) => (
                <path key={d} d={d} className={`chart__line chart__line--${i % 4}`} />
              ))}
              {s.values.map((value, c) =>
                value.shown ? (
                  <Marker key={categories[c]?.key ?? c} series={i} x={xOf(c)} y={yOf(value.value)} />
                ) : (
                  <text key={categories[c]?.key ?? c} x={xOf(c)} y={yOf(0) - 6 - i * 14} textAnchor="middle" className={`chart__axis chart__hidden chart__hidden--${i % 2}`}>
                    {formatDisclosed(value)}
                  </text>
                ),
              )}
            </g>
          );
        })}
      </svg>
      <table className="table chart__table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryHeading}</th>
            {series.map((s) => (
              <th scope="col" key={s.key} className="table__header--numeric">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((category, c) => (
            <tr key={category.key}>
              <th scope="row">{category.label}</th>
              {series.map((s) => (
                <td key={s.key} className="table__cell--numeric">
                  {formatDisclosed(s.values[c] ?? { shown: false }, formatNumber)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
