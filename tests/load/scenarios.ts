import postgres, { type Sql } from "postgres";
import { startApp, type RunningApp } from "../support/app-server";
import { createPgCluster, type PgCluster } from "../support/pg-cluster";
import { Balancer, Stats, sleep } from "./http";
import { Tablet } from "./kiosk";
import { runRespondents, type Journey } from "./respondent";
import { verifyJourneys, verifyKioskRecords, type Verdict } from "./verify";

// The four load and fault scenarios of issue 8, against two app processes
// (separately started, as two machines behind a load balancer would be) on a
// PostgreSQL cluster of their own on 127.0.0.1, which scenario 3 restarts.

/** The demo kiosk's venue (app/modules/demo/demo-surveys.ts DEMO_KIOSK). */
const DEMO_VENUE_ID = "5e1d0c0d-4a1e-4c5e-9a1e-6b10c0de2026";

export interface Sizes {
  respondents: number;
  seconds: number;
  /** Kiosk tablets, and how long they are offline. */
  tablets: number;
  offlineSeconds: number;
  /** How long PostgreSQL stays down in scenario 3. */
  databaseDownSeconds: number;
}

export const FULL: Sizes = { respondents: 500, seconds: 120, tablets: 20, offlineSeconds: 20, databaseDownSeconds: 5 };
export const SHORT: Sizes = { respondents: 30, seconds: 10, tablets: 5, offlineSeconds: 4, databaseDownSeconds: 3 };

export interface ScenarioResult extends Verdict {
  name: string;
  journeys: number;
  requests: number;
  p50: number;
  p99: number;
  errors: string[];
  networkRetries: number;
  couldNotSave: number;
  answersKept: number;
  unavailablePages: number;
  seconds: number;
  notes: string[];
}

export class LoadEnvironment {
  cluster!: PgCluster;
  url!: string;
  sql!: Sql;
  apps: RunningApp[] = [];
  /** Every response id a simulated person was given in this run. */
  known = new Set<string>();

  static async start(): Promise<LoadEnvironment> {
    const env = new LoadEnvironment();
    env.cluster = await createPgCluster();
    env.url = await env.cluster.createDatabase("heard");
    env.sql = postgres(env.url, { max: 2, onnotice: () => {} });
    // One after the other: the first migrates and seeds the demo, the second finds it there.
    // No HEARD_SESSION_SECRET: the processes must agree on the cookie secret through the database.
    await env.startApp();
    await env.startApp();
    return env;
  }

  async startApp(): Promise<RunningApp> {
    const app = await startApp({
      DATABASE_URL: this.url,
      DATABASE_POOL_SIZE: "10",
      // Every simulated person comes from 127.0.0.1: the per-address limit would be hit at once.
      HEARD_POSTS_PER_MINUTE: "0",
      HEARD_RETENTION: "off",
    });
    this.apps.push(app);
    return app;
  }

  get liveApps(): RunningApp[] {
    return this.apps.filter((a) => a.process.exitCode === null && a.process.signalCode === null);
  }

  /** Two app processes running, whatever an earlier scenario did to them. */
  async ensureTwoApps(): Promise<void> {
    while (this.liveApps.length < 2) await this.startApp();
  }

  balancer(): Balancer {
    return new Balancer(this.liveApps.map((a) => a.url));
  }

  async stop(): Promise<void> {
    await Promise.all(this.apps.map((a) => a.stop()));
    await this.sql?.end({ timeout: 5 }).catch(() => {});
    await this.cluster?.dispose();
  }

  private async result(name: string, stats: Stats, journeys: Journey[], started: number, notes: string[]): Promise<ScenarioResult> {
    for (const j of journeys) if (j.responseId) this.known.add(j.responseId);
    const verdict = await verifyJourneys(this.sql, journeys, this.known);
    return {
      name,
      ...verdict,
      journeys: journeys.length,
      requests: stats.requests,
      p50: stats.percentile(50),
      p99: stats.percentile(99),
      errors: stats.errors,
      networkRetries: stats.networkRetries,
      couldNotSave: stats.couldNotSave,
      answersKept: stats.answersKept,
      unavailablePages: stats.unavailablePages,
      seconds: (Date.now() - started) / 1000,
      notes,
    };
  }

  /** (i) Many people at once, on two processes, nothing going wrong. */
  async steady(sizes: Sizes): Promise<ScenarioResult> {
    await this.ensureTwoApps();
    const stats = new Stats();
    const started = Date.now();
    const journeys = await runRespondents({ balancer: this.balancer(), stats, respondents: sizes.respondents, seconds: sizes.seconds, label: "steady" });
    return this.result(`1. ${sizes.respondents} respondents at once for ${sizes.seconds} s on 2 app processes`, stats, journeys, started, []);
  }

  /** (ii) One of the two processes killed (SIGKILL) in the middle: its people carry on on the other. */
  async killOne(sizes: Sizes): Promise<ScenarioResult> {
    await this.ensureTwoApps();
    const stats = new Stats();
    const started = Date.now();
    const victim = this.liveApps[1]!;
    const killing = sleep((sizes.seconds * 1000) / 2).then(() => victim.process.kill("SIGKILL"));
    const journeys = await runRespondents({ balancer: this.balancer(), stats, respondents: sizes.respondents, seconds: sizes.seconds, label: "kill" });
    await killing;
    const notes = [`process ${victim.process.pid} killed with SIGKILL after ${sizes.seconds / 2} s`];
    return this.result(`2. one of 2 app processes killed (SIGKILL) mid-run, ${sizes.respondents} respondents, ${sizes.seconds} s`, stats, journeys, started, notes);
  }

  /** (iii) PostgreSQL stopped in the middle for a few seconds, then started again. */
  async restartDatabase(sizes: Sizes): Promise<ScenarioResult> {
    await this.ensureTwoApps();
    const stats = new Stats();
    const started = Date.now();
    const notes: string[] = [];
    const restarting = (async () => {
      await sleep(Math.min(4_000, (sizes.seconds * 1000) / 3));
      const down = Date.now();
      await this.cluster.stop("fast");
      await sleep(sizes.databaseDownSeconds * 1000);
      await this.cluster.start();
      notes.push(`PostgreSQL down for ${((Date.now() - down) / 1000).toFixed(1)} s (stopped with -m fast, then started)`);
    })();
    const journeys = await runRespondents({ balancer: this.balancer(), stats, respondents: sizes.respondents, seconds: sizes.seconds, label: "pgrestart" });
    await restarting;
    const result = await this.result(
      `3. PostgreSQL restarted mid-run, ${sizes.respondents} respondents, ${sizes.seconds} s`,
      stats,
      journeys,
      started,
      notes,
    );
    if (stats.answersKept === 0) result.notes.push('nobody happened to post an answer while the database was down: no "could not save" page was checked');
    return result;
  }

  /**
   * (iv) Kiosk tablets lose their network for a while: what people finish
   * meanwhile is queued; some posts reach the server but the answer is lost
   * on the way back (so they stay queued). Back online, every tablet sends its
   * queue twice at once, to both processes: every record must arrive once.
   */
  async kioskOffline(sizes: Sizes): Promise<ScenarioResult> {
    await this.ensureTwoApps();
    const stats = new Stats();
    const started = Date.now();
    const balancer = this.balancer();
    const tablets = Array.from({ length: sizes.tablets }, () => new Tablet(balancer, stats));
    await Promise.all(tablets.map((t) => t.setUp()));
    const phase = async (seconds: number, online: boolean, loseReplies: number) => {
      const until = Date.now() + seconds * 1000;
      await Promise.all(
        tablets.map(async (tablet) => {
          while (Date.now() < until) {
            const record = tablet.finish();
            await tablet.post(record, { online: online || Math.random() < loseReplies, loseReply: !online });
            await sleep(100 + Math.random() * 300);
          }
        }),
      );
    };
    await phase(Math.max(2, sizes.offlineSeconds / 2), true, 0);
    // Offline: nothing gets out, except a third of the posts, whose replies are lost.
    await phase(sizes.offlineSeconds, false, 1 / 3);
    const queued = tablets.reduce((n, t) => n + t.queue.length, 0);
    // Back online: each tablet sends its whole queue twice at once (a reload while the first flush runs).
    await Promise.all(tablets.flatMap((t) => [t.flush(), t.flush()]));
    await Promise.all(tablets.map((t) => t.drain()));
    const records = tablets.flatMap((t) => t.made);
    const confirmed = new Set(tablets.flatMap((t) => [...t.confirmed]));
    const verdict = await verifyKioskRecords(this.sql, records, confirmed, DEMO_VENUE_ID);
    const stored = tablets.reduce((n, t) => n + t.stored, 0);
    const again = tablets.reduce((n, t) => n + t.alreadyStored, 0);
    return {
      name: `4. ${sizes.tablets} kiosk tablets offline for ${sizes.offlineSeconds} s, then back, queues sent twice`,
      ...verdict,
      journeys: records.length,
      requests: stats.requests,
      p50: stats.percentile(50),
      p99: stats.percentile(99),
      errors: stats.errors,
      networkRetries: stats.networkRetries,
      couldNotSave: 0,
      answersKept: 0,
      unavailablePages: 0,
      seconds: (Date.now() - started) / 1000,
      notes: [`${records.length} records made, ${queued} queued while offline; the server answered "stored" ${stored} times and "already stored" ${again} times`],
    };
  }
}

export function formatResult(r: ScenarioResult): string {
  const lines = [
    r.name,
    `  journeys: ${r.journeys}, acknowledged: ${r.acknowledged}, requests: ${r.requests}, in ${r.seconds.toFixed(1)} s`,
    `  latency p50: ${r.p50.toFixed(1)} ms, p99: ${r.p99.toFixed(1)} ms`,
    `  errors: ${r.errors.length}, network retries: ${r.networkRetries}, "could not save" pages: ${r.couldNotSave} (answer kept in the form on ${r.answersKept}), pages without the database: ${r.unavailablePages}, sent but not acknowledged: ${r.sentNotAcknowledged}`,
    `  lost: ${r.lost}`,
    `  duplicates: ${r.duplicates}`,
    ...r.notes.map((n) => `  note: ${n}`),
    ...r.problems.map((p) => `  problem: ${p}`),
    ...r.errors.slice(0, 10).map((e) => `  error: ${e}`),
  ];
  return lines.join("\n");
}
