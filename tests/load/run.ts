// `npm run test:load`: the four load and fault scenarios at full size (500
// respondents for 2 minutes...), each printed with its figures, "lost" and
// "duplicates". Exits 1 if any scenario lost or doubled anything or showed an error.
// `npm run test:load -- --short` runs the sizes CI runs. Needs `npm run build` first.
import { FULL, LoadEnvironment, SHORT, formatResult, type ScenarioResult } from "./scenarios";

/** The app processes' log lines from the first error on (the apps log errors without requests: no addresses). */
function appErrors(environment: LoadEnvironment): string {
  return environment.apps
    .map((app) => {
      const log = app.output();
      const first = log.search(/Error|error:/);
      return first < 0 ? "(nothing)" : log.slice(first, first + 4000);
    })
    .join("\n---\n");
}

const sizes = process.argv.includes("--short") ? SHORT : FULL;
const only = process.argv.find((a) => /^--only=/.test(a))?.slice("--only=".length).split(",");
const env = await LoadEnvironment.start();
const results: ScenarioResult[] = [];
let failed = false;
try {
  const scenarios = [
    ["steady", () => env.steady(sizes)],
    ["kiosk", () => env.kioskOffline(sizes)],
    ["database", () => env.restartDatabase(sizes)],
    ["kill", () => env.killOne(sizes)],
  ] as const;
  for (const [name, scenario] of scenarios) {
    if (only && !only.includes(name)) continue;
    const result = await scenario();
    results.push(result);
    console.log(formatResult(result) + "\n");
    if (result.lost > 0 || result.duplicates > 0 || result.errors.length > 0) failed = true;
    if (result.errors.length > 0) console.error(`what the app processes logged:\n${appErrors(env)}\n`);
  }
} catch (error) {
  console.error(error);
  for (const app of env.apps) console.error(app.output().slice(-3000));
  failed = true;
} finally {
  await env.stop();
}
console.log(failed ? "load test: FAILED" : `load test: passed (${results.length} scenarios, lost: 0, duplicates: 0)`);
process.exit(failed ? 1 : 0);
