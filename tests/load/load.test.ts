import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LoadEnvironment, SHORT, formatResult, type ScenarioResult } from "./scenarios";

// The short version of the four load and fault scenarios (CI, after the build):
// 30 simulated people for 10 seconds on two app processes and a PostgreSQL
// cluster of this file's own. `npm run test:load` runs the full sizes.

let env: LoadEnvironment;

beforeAll(async () => {
  env = await LoadEnvironment.start();
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

function expectNothingLost(result: ScenarioResult) {
  console.log(formatResult(result));
  expect(result.errors, formatResult(result)).toEqual([]);
  expect(result.lost, formatResult(result)).toBe(0);
  expect(result.duplicates, formatResult(result)).toBe(0);
  expect(result.acknowledged).toBeGreaterThan(0);
}

/** With PostgreSQL up all along, nobody may meet a "could not save" or "cannot reach our system" page. */
function expectDatabaseAlwaysThere(result: ScenarioResult) {
  expect(result.couldNotSave, formatResult(result)).toBe(0);
  expect(result.unavailablePages, formatResult(result)).toBe(0);
}

describe("load and faults (short)", () => {
  it("1. many respondents at once on 2 processes: every answer acknowledged is stored once", async () => {
    const result = await env.steady(SHORT);
    expectNothingLost(result);
    expect(result.acknowledged).toBe(result.journeys);
    expectDatabaseAlwaysThere(result);
  });

  it("4. kiosk tablets offline, then back, sending their queues twice: every record arrives exactly once", async () => {
    const result = await env.kioskOffline(SHORT);
    expectNothingLost(result);
    expect(result.sentNotAcknowledged, "records never confirmed to their tablet").toBe(0);
  });

  it("3. PostgreSQL restarted mid-run: 'could not save' with answers kept, then everyone finishes", async () => {
    const result = await env.restartDatabase(SHORT);
    expectNothingLost(result);
    expect(result.acknowledged).toBe(result.journeys);
    // People did meet the "could not save" page, with what they gave still in the form (checked on each).
    expect(result.answersKept, "no answer was posted while the database was down").toBeGreaterThan(0);
    // Every app process lived through it.
    expect(env.liveApps).toHaveLength(2);
  });

  it("2. one app process killed with SIGKILL mid-run: its people carry on on the other, nothing lost", async () => {
    const result = await env.killOne(SHORT);
    expectNothingLost(result);
    expect(result.acknowledged).toBe(result.journeys);
    expectDatabaseAlwaysThere(result);
    expect(env.liveApps).toHaveLength(1);
  });
});
