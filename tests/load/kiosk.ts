import { Client, form, sleep, type Balancer, type Stats } from "./http";

// A kiosk tablet as public/js/kiosk.js runs it: a finished response goes into
// the tablet's queue FIRST, then is posted as JSON to /kiosk/send; it leaves
// the queue only when the server confirms its id (stored, or already stored).

/** The demo venue's reusable set-up code (app/modules/demo/demo-surveys.ts DEMO_KIOSK). */
export const DEMO_KIOSK_CODE = "DEMO-KIOSK-2026";

export interface KioskRecord {
  id: string;
  fields: [string, string][];
}

/** What the database must hold for a record: answers of the demo parents' survey, by question. */
export function expectedAnswers(record: KioskRecord): Record<string, { choice: string } | { choices: string[] }> {
  const all = (name: string) => record.fields.filter(([k]) => k === name).map(([, v]) => v);
  return { "centre-visits": { choice: all("q-centre-visits")[0]! }, needs: { choices: all("q-needs") } };
}

const VISITS = ["first-time", "weekly", "monthly", "now-and-then"];
const NEEDS = ["food", "money", "housing", "health", "stress", "childcare"];

export function newRecord(): KioskRecord {
  const needs = NEEDS.filter(() => Math.random() < 0.4);
  return {
    id: crypto.randomUUID(),
    fields: [["q-centre-visits", VISITS[Math.floor(Math.random() * VISITS.length)]!], ...(needs.length ? needs : ["food"]).map((n): [string, string] => ["q-needs", n])],
  };
}

export class Tablet {
  readonly queue: KioskRecord[] = [];
  /** Every record this tablet made: each must arrive exactly once. */
  readonly made: KioskRecord[] = [];
  /** Ids the server confirmed (stored or already stored). */
  readonly confirmed = new Set<string>();
  stored = 0;
  alreadyStored = 0;
  private client: Client;

  constructor(
    balancer: Balancer,
    private stats: Stats,
  ) {
    this.client = new Client(balancer, stats);
  }

  /** Sets the tablet up with the venue's code (a heard_kiosk cookie). */
  async setUp(): Promise<void> {
    const reply = await this.client.send("POST", "/kiosk", form({ code: DEMO_KIOSK_CODE }));
    if (reply.status !== 302 || reply.location !== "/kiosk/start") throw new Error(`kiosk set-up: ${reply.status} ${reply.location}`);
  }

  /** A person finishes the survey on the tablet: queued first. */
  finish(): KioskRecord {
    const record = newRecord();
    this.made.push(record);
    this.queue.push(record);
    return record;
  }

  /**
   * Posts one record. `online: false` is a tablet whose network is down: the
   * request never gets out. `loseReply` sends it but loses the answer on the
   * way back (the tablet cannot tell it arrived, so it stays queued).
   */
  async post(record: KioskRecord, { online = true, loseReply = false } = {}): Promise<boolean> {
    if (!online) return false;
    let reply;
    try {
      reply = await this.client.send("POST", "/kiosk/send", { json: record }, { attempts: 1 });
    } catch {
      return false;
    }
    if (loseReply) return false;
    if (reply.status === 200) {
      const answer = JSON.parse(reply.body) as { id: string; outcome: "stored" | "already_stored" };
      if (answer.id !== record.id) this.stats.error(`kiosk: sent ${record.id}, the server confirmed ${answer.id}`);
      if (answer.outcome === "stored") this.stored++;
      else this.alreadyStored++;
      this.confirmed.add(record.id);
      const at = this.queue.findIndex((r) => r.id === record.id);
      if (at >= 0) this.queue.splice(at, 1);
      return true;
    }
    if (reply.status !== 503) this.stats.error(`kiosk: ${reply.status} ${reply.body.slice(0, 200)}`);
    return false;
  }

  /** Sends every queued record, as kiosk.js does when the tablet is back online. */
  async flush(): Promise<void> {
    for (const record of [...this.queue]) await this.post(record);
  }

  /** Flushes until the queue is empty (the server may still be coming back). */
  async drain(timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.queue.length > 0 && Date.now() < until) {
      await this.flush();
      if (this.queue.length > 0) await sleep(500);
    }
    if (this.queue.length > 0) this.stats.error(`kiosk: ${this.queue.length} records still queued after ${timeoutMs} ms`);
  }
}
