import { afterEach, describe, expect, it, vi } from "vitest";
import { lastSeen } from "./last-seen";

const away = () => Object.assign(new Error("the connection ended"), { code: "CONNECTION_ENDED" });
const db = {};

describe("lastSeen", () => {
  afterEach(() => vi.useRealTimers());

  it("answers with what was last found only while the database is away, and only while it is young enough", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const seen = lastSeen<string>();
    expect(await seen.lookup(db, "k", async () => "found")).toBe("found");
    expect(await seen.lookup(db, "k", () => Promise.reject(away()), 60_000)).toBe("found");
    vi.setSystemTime(Date.now() + 61_000);
    await expect(seen.lookup(db, "k", () => Promise.reject(away()), 60_000)).rejects.toThrow("the connection ended");
    // A bug is never hidden behind what was seen.
    await expect(seen.lookup(db, "k", () => Promise.reject(new Error("a bug")))).rejects.toThrow("a bug");
  });

  it("asks every time while the database answers: what is gone is gone at once", async () => {
    const seen = lastSeen<string>();
    await seen.lookup(db, "k", async () => "found");
    expect(await seen.lookup(db, "k", async () => null)).toBeNull();
    await expect(seen.lookup(db, "k", () => Promise.reject(away()))).rejects.toThrow();
  });

  it("keeps nothing for keys nothing was found for, and at most maxEntries, the oldest going first", async () => {
    const seen = lastSeen<string>({ maxEntries: 2 });
    await seen.lookup(db, "nothing", async () => null);
    expect(seen.size(db)).toBe(0);
    for (const key of ["a", "b", "c"]) await seen.lookup(db, key, async () => key);
    expect(seen.size(db)).toBe(2);
    expect(seen.get(db, "a")).toBeUndefined();
    expect(seen.get(db, "c")?.value).toBe("c");
    seen.forget(db);
    expect(seen.size(db)).toBe(0);
  });
});
