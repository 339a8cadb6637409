import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LineChart, niceMax } from "./line-chart";

const shown = (value: number) => ({ shown: true as const, value });
const hidden = { shown: false as const };

function render() {
  return renderToStaticMarkup(
    <LineChart
      title="Answers over time"
      categoryHeading="Month"
      categories={[
        { key: "2026-09", label: "September 2026", short: "Sept\n2026" },
        { key: "2026-10", label: "October 2026", short: "Oct\n2026" },
        { key: "2026-11", label: "November 2026", short: "Nov\n2026" },
        { key: "2026-12", label: "December 2026", short: "Dec\n2026" },
      ]}
      series={[
        { key: "responses", label: "Sent responses", values: [shown(10), hidden, shown(40), shown(35)] },
        { key: "feedback", label: "Feedback", values: [hidden, hidden, hidden, hidden] },
      ]}
    />,
  );
}

describe("LineChart", () => {
  it("hides the drawing from assistive technology and gives the same figures in a table", () => {
    const html = render();
    expect(html).toMatch(/<svg class="chart__svg"[^>]*aria-hidden="true"/);
    expect(html).toContain("<caption class=\"visually-hidden\">Answers over time</caption>");
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td[^>]*>([^<]+)<\/td><td[^>]*>([^<]+)<\/td><\/tr>/g)].map((m) => m.slice(1));
    expect(rows).toEqual([
      ["September 2026", "10", "[c]"],
      ["October 2026", "[c]", "[c]"],
      ["November 2026", "40", "[c]"],
      ["December 2026", "35", "[c]"],
    ]);
    expect(html).not.toContain("style=");
  });

  it("a hidden count breaks the line and draws no point; a series with nothing shown draws no line", () => {
    const html = render();
    const paths = [...html.matchAll(/<path d="([^"]+)" class="chart__line chart__line--(\d)"/g)];
    expect(paths.map((p) => p[2])).toEqual(["0", "0"]);
    expect(paths[0]![1]).toMatch(/^M[\d.]+ [\d.]+$/);
    expect(paths[1]![1]).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    // Three points drawn (the legend has one more of its own).
    const drawing = html.slice(html.indexOf('class="chart__svg"'));
    expect(drawing.match(/<circle[^>]*chart__point--0/g)).toHaveLength(3);
    expect(html.match(/chart__hidden--1/g)).toHaveLength(4);
  });

  it("rounds the axis up to a round number", () => {
    expect(niceMax(0)).toBe(10);
    expect(niceMax(40)).toBe(50);
    expect(niceMax(120)).toBe(200);
    expect(niceMax(230)).toBe(250);
  });
});
