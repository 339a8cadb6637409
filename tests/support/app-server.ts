import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { PROJECT_ROOT, TMP_DIR } from "./paths";

export interface RunningApp {
  url: string;
  process: ChildProcess;
  /** Everything the server printed, for assertions (e.g. nothing identifying is logged). */
  output: () => string;
  /** The app's own data folder (its PGlite database is in `pglite/` under it). */
  dataDir: string;
  /** Stops the app; `keepData` leaves its data folder for the test to read (and delete). */
  stop: (signal?: NodeJS.Signals, options?: { keepData?: boolean }) => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts the built app (`npm run build` first) as its own process, as
 * `npm run serve` does, on a fresh PGlite folder unless `env.DATABASE_URL` is given.
 */
export async function startApp(env: Record<string, string> = {}, timeoutMs = 90_000): Promise<RunningApp> {
  const port = await freePort();
  await mkdir(TMP_DIR, { recursive: true });
  const dataDir = await mkdtemp(path.join(TMP_DIR, "app-"));
  const child = spawn(process.execPath, ["--import", "tsx", "app/server/main.ts"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), HEARD_DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited early (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (Date.now() >= deadline) {
    child.kill("SIGKILL");
    throw new Error(`app did not start in ${timeoutMs} ms:\n${output}`);
  }
  return {
    url,
    process: child,
    output: () => output,
    dataDir,
    stop: async (signal: NodeJS.Signals = "SIGTERM", { keepData = false } = {}) => {
      // Not when it has already gone (killed by a test): its "exit" has been and will not come again.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill(signal);
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
