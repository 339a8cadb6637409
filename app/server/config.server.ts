import path from "node:path";
import { retentionEnabled } from "~/modules/retention/scheduler.server";

/** Every setting Heard reads from the environment (the README lists them). */
export interface ServerConfig {
  port: number;
  host: string;
  production: boolean;
  databaseUrl?: string;
  dataDir: string;
  poolSize: number;
  seedDemo: boolean;
  sessionSecrets?: string[];
  /** Public form posts per minute from one address (per process); 0 turns the limit off. */
  postsPerMinute: number;
  /** Express "trust proxy": how to find the client's address behind a load balancer. */
  trustProxy?: string;
  /** The daily retention job (HEARD_RETENTION=off turns it off). */
  retention: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): ServerConfig {
  const secrets = env.HEARD_SESSION_SECRET?.split(",").map((s) => s.trim()).filter(Boolean);
  if (secrets && secrets.some((s) => s.length < 32)) {
    throw new Error("HEARD_SESSION_SECRET: each secret must be at least 32 characters");
  }
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? "0.0.0.0",
    production: env.NODE_ENV === "production",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(cwd, env.HEARD_DATA_DIR ?? ".data"),
    poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
    seedDemo: env.HEARD_DEMO !== "0",
    sessionSecrets: secrets && secrets.length > 0 ? secrets : undefined,
    postsPerMinute: Number(env.HEARD_POSTS_PER_MINUTE ?? 1200),
    trustProxy: env.HEARD_TRUST_PROXY || undefined,
    retention: retentionEnabled(env.HEARD_RETENTION),
  };
}
