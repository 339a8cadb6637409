import { formatDisclosed, type Disclosed } from "~/modules/reports/suppression";

/**
 * A horizontal bar chart drawn on the server as SVG, with the same figures in
 * a table beside it: the table is what screen readers and printouts rely on,
 * so the chart itself is hidden from assistive technology. Hidden counts
 * ([c]) draw no bar and say [c] at the bar's place. No script, no inline
 * styles (the CSP refuses them): colours come from classes in app.css.
 */
export interface BarChartProps {
  /** Caption for the figure and the table. */
  title: string;
  /** Heading of the first column (what each row is, e.g. "Theme"). */
  categoryHeading: string;
  categories: { key: string; label: string }[];
  /** One or more series; values in category order. */
  series: { key: string; label: string; values: Disclosed[] }[];
  formatNumber?: (n: number) => string;
  /** More columns for the data table only (e.g. the change between two series), values in category order. */
  extraColumns?: { key: string; label: string; values: string[] }[];
}

const ROW_GAP = 10;
const BAR_HEIGHT = 18;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 60;
const WIDTH = 640;

export function BarChart({ title, categoryHeading, categories, series, formatNumber = String, extraColumns = [] }: BarChartProps) {
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => (v.shown ? v.value : 0))));
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const groupHeight = series.length * BAR_HEIGHT + ROW_GAP;
  const height = categories.length * groupHeight + ROW_GAP;
  return (
    <figure className="chart">
      <figcaption className="heading-s">{title}</figcaption>
      {series.length > 1 ? (
        <ul className="chart__legend" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.key}>
              <svg width="14" height="14" focusable="false">
                <rect width="14" height="14" className={`chart__bar chart__bar--${i % 4}`} />
              </svg>{" "}
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false">
        {categories.map((category, c) => {
          const top = ROW_GAP + c * groupHeight;
          return (
            <g key={category.key}>
              <text x={LABEL_WIDTH - 8} y={top + (series.length * BAR_HEIGHT) / 2 + 5} textAnchor="end" className="chart__label">
                {truncate(category.label, 30)}
              </text>
              {series.map((s, i) => {
                const value = s.values[c] ?? { shown: false };
                const width = value.shown ? Math.max(1, (value.value / max) * plotWidth) : 0;
                const y = top + i * BAR_HEIGHT;
                return (
                  <g key={s.key}>
                    {width > 0 ? <rect x={LABEL_WIDTH} y={y + 2} width={width} height={BAR_HEIGHT - 4} className={`chart__bar chart__bar--${i % 4}`} /> : null}
                    <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT - 5} className="chart__value">
                      {formatDisclosed(value, formatNumber)}
                    </text>
                  </g>
                );
              })}
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
            {extraColumns.map((column) => (
              <th scope="col" key={column.key} className="table__header--numeric">
                {column.label}
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
              {extraColumns.map((column) => (
                <td key={column.key} className="table__cell--numeric">
                  {column.values[c] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
