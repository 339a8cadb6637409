// Profiles the app serving one page under autocannon load (not a test):
//   npm run build && bash tests/support/with-postgres.sh tsx tests/bench/profile-page.ts [path-suffix]
// Writes a .cpuprofile into PROFILE_DIR (default tmp/profiles) and prints the top
// self-time functions. Knobs: PROFILE_SECONDS (default 10), BENCH_CONCURRENCY (50).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir } from "node:fs/promises";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";
import { freePort } from "../support/app-server";
import { PROJECT_ROOT, TMP_DIR } from "../support/paths";

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const SLUG = "demo-young-people";
const HEADERS = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "en-GB,en;q=0.9",
};

const serverUrl = process.env.TEST_DATABASE_URL!;
const dbName = `heard_profile_${randomBytes(4).toString("hex")}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${dbName}`);
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
const profileDir = path.resolve(process.env.PROFILE_DIR ?? path.join(TMP_DIR, "profiles"));
await mkdir(profileDir, { recursive: true });
const port = await freePort();
const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "--import", "tsx", "app/server/main.ts"], {
  cwd: PROJECT_ROOT,
  env: {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: url.toString(),
    DATABASE_POOL_SIZE: "10",
    HEARD_DATA_DIR: path.join(TMP_DIR, `profile-data-${dbName}`),
    HEARD_POSTS_PER_MINUTE: "0",
  },
  stdio: ["ignore", "inherit", "inherit"],
});
const base = `http://127.0.0.1:${port}`;
for (;;) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {
    /* not yet */
  }
  await new Promise((r) => setTimeout(r, 200));
}
const start = await fetch(`${base}/s/${SLUG}`);
const responseId = (await start.text()).match(/name="response"[^>]*value="([^"]+)"/)?.[1] ?? "";
const begun = await fetch(`${base}/s/${SLUG}`, {
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams({ response: responseId }).toString(),
  redirect: "manual",
});
const cookie = begun.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.startsWith("heard_response="))!;
const suffix = process.argv[2] ?? `/s/${SLUG}/q/home-feel`;
const target = base + suffix;
await autocannon({ url: target, connections: CONCURRENCY, duration: 2, headers: { ...HEADERS, cookie } });
const before = new Set(await readdir(profileDir));
const result = await autocannon({ url: target, connections: CONCURRENCY, duration: SECONDS, headers: { ...HEADERS, cookie } });
console.log(`${suffix}: ${Math.round(result.requests.total / result.duration)} requests/s, non-2xx ${result.non2xx}, errors ${result.errors}`);
const exited = new Promise((r) => child.once("exit", r));
child.kill("SIGTERM");
await exited;
await admin.unsafe(`drop database if exists ${dbName} with (force)`);
await admin.end();
const file = (await readdir(profileDir)).find((f) => !before.has(f) && f.endsWith(".cpuprofile"));
if (!file) throw new Error("no profile written");
console.log(`profile: ${path.join(profileDir, file)}`);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const profile = JSON.parse(await readFile(path.join(profileDir, file), "utf8")) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  endTime: number;
  startTime: number;
};
// Only the samples of the measured load (the last SECONDS before shutdown, less a margin): not start-up.
const times: number[] = [];
let clock = profile.startTime;
for (const delta of profile.timeDeltas) times.push((clock += delta));
const windowEnd = profile.endTime - 300_000;
const windowStart = windowEnd - SECONDS * 1_000_000 + 600_000;
const self = new Map<number, number>();
profile.samples.forEach((id, i) => {
  if (times[i]! >= windowStart && times[i]! <= windowEnd) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
// Inclusive time per frame key (counted once per sample stack).
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
const frameKey = (n: Node) =>
  `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.replace(/^.*node_modules\//, "nm/").replace(PROJECT_ROOT, "")}:${n.callFrame.lineNumber}`;
const inclusive = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const [id, t] of self) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const key = frameKey(nodeById.get(cur)!);
    if (!seen.has(key)) {
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + t);
    }
  }
  const u = nodeById.get(id)!.callFrame.url;
  const pkg = u.includes("node_modules/") ? u.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, "$1") : u.startsWith("node:") ? u : u ? "app" : nodeById.get(id)!.callFrame.functionName;
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t);
}
const byFrame = new Map<string, number>();
let total = 0; void total;
for (const node of profile.nodes) {
  const t = self.get(node.id) ?? 0;
  total += t;
  const f = node.callFrame;
  const key = `${f.functionName || "(anon)"} ${f.url.replace(/^.*node_modules\//, "nm/").replace(PROJECT_ROOT, "")}:${f.lineNumber}`;
  byFrame.set(key, (byFrame.get(key) ?? 0) + t);
}
const totalWindow = [...self.values()].reduce((a, b) => a + b, 0);
console.log("self time by package:");
for (const [key, t] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${((100 * t) / totalWindow).toFixed(1).padStart(5)}%  ${key}`);
}
console.log("top inclusive time:");
for (const [key, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 70)) {
  console.log(`${((100 * t) / totalWindow).toFixed(1).padStart(5)}%  ${key}`);
}
console.log("top self time:");
for (const [key, t] of [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  console.log(`${((100 * t) / totalWindow).toFixed(1).padStart(5)}%  ${key}`);
}
