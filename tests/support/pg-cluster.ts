import { execFile, execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { freePort } from "./app-server";

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL cluster a test owns, so it may stop and restart it
 * (tests/support/with-postgres.sh makes one for a whole command; this one is
 * for tests that need their own). Made with initdb in a temporary folder,
 * listening only on 127.0.0.1 on a free port; as root (CI) it runs as the
 * `postgres` user, as anyone else as themselves. `dispose()` stops and deletes it.
 */
export interface PgCluster {
  readonly port: number;
  /** The URL of a database on it (`postgres` unless named). */
  url(database?: string): string;
  createDatabase(name: string): Promise<string>;
  start(): Promise<void>;
  /** `fast` ends sessions and rolls back what is in flight; `immediate` is a crash. */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  restart(mode?: "fast" | "immediate"): Promise<void>;
  dispose(): Promise<void>;
  /** The server's log so far. */
  log(): string;
}

/** The newest PostgreSQL installed the Debian way, as with-postgres.sh picks it. */
export function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, "bin/initdb")))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  const newest = versions.at(-1);
  if (!newest) throw new Error("no PostgreSQL under /usr/lib/postgresql/*/bin (apt-get install postgresql)");
  return path.join(root, newest, "bin");
}

export async function createPgCluster(settings: Record<string, string | number> = {}): Promise<PgCluster> {
  const bin = postgresBin();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(process.env.TMPDIR ?? tmpdir(), "heard-pgc-"));
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  if (root) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), Number(execFileSync("id", ["-g", "postgres"]).toString().trim()));
  chmodSync(dir, 0o700);
  // As root, every PostgreSQL command runs as `postgres`, from the folder it owns.
  const pg = (command: string, args: string[]) =>
    root
      ? run("runuser", ["-u", "postgres", "--", path.join(bin, command), ...args], { cwd: dir })
      : run(path.join(bin, command), args, { cwd: dir });

  await pg("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"]);
  const port = await freePort();
  const options = Object.entries({ listen_addresses: "127.0.0.1", port, unix_socket_directories: dir, max_connections: 200, ...settings })
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(" ");
  let running = false;
  const url = (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`;

  const cluster: PgCluster = {
    port,
    url,
    async createDatabase(name) {
      const sql = postgres(url(), { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`create database "${name.replace(/"/g, "")}"`);
      } finally {
        await sql.end({ timeout: 5 });
      }
      return url(name);
    },
    async start() {
      await pg("pg_ctl", ["-D", data, "-l", logFile, "-w", "-t", "30", "-o", options, "start"]);
      running = true;
    },
    async stop(mode = "fast") {
      await pg("pg_ctl", ["-D", data, "-m", mode, "-w", "-t", "30", "stop"]);
      running = false;
    },
    async restart(mode = "fast") {
      await cluster.stop(mode);
      await cluster.start();
    },
    async dispose() {
      if (running) await cluster.stop("fast").catch(() => cluster.stop("immediate").catch(() => {}));
      rmSync(dir, { recursive: true, force: true });
    },
    log() {
      try {
        return readFileSync(logFile, "utf8");
      } catch {
        return "";
      }
    },
  };
  await cluster.start();
  return cluster;
}
