import { isDatabaseUnavailable } from "./errors";

// What a lookup last found, per database and key, kept in this process to
// answer with while the database is away (a restart, a fail-over), so a page
// that worked a moment ago still works. Only things found are kept: a key
// nothing was found for (a made-up address, a stale cookie) is not, so
// strangers cannot grow the map.

interface Seen<V> {
  at: number;
  value: V;
}

export interface LastSeen<V> {
  /** What was last found for `key`, and when. */
  get(db: object, key: string): Seen<V> | undefined;
  /**
   * Runs `lookup` and remembers what it finds. If the database does not
   * answer, gives what was last found, if that is younger than `maxAgeMs`.
   */
  lookup(db: object, key: string, lookup: () => Promise<V | null>, maxAgeMs?: number): Promise<V | null>;
  /** How many keys are kept for this database. */
  size(db: object): number;
  /** Forgets everything kept for this database. */
  forget(db: object): void;
}

export function lastSeen<V>({ maxEntries = Infinity }: { maxEntries?: number } = {}): LastSeen<V> {
  const perDb = new WeakMap<object, Map<string, Seen<V>>>();
  const mapOf = (db: object) => {
    let map = perDb.get(db);
    if (!map) perDb.set(db, (map = new Map()));
    return map;
  };
  return {
    get: (db, key) => perDb.get(db)?.get(key),
    async lookup(db, key, lookup, maxAgeMs = Infinity) {
      const map = mapOf(db);
      let value: V | null;
      try {
        value = await lookup();
      } catch (error) {
        const seen = map.get(key);
        if (seen && Date.now() - seen.at < maxAgeMs && isDatabaseUnavailable(error)) return seen.value;
        throw error;
      }
      map.delete(key);
      if (value !== null) {
        map.set(key, { at: Date.now(), value });
        // The oldest goes first when there are too many.
        if (map.size > maxEntries) map.delete(map.keys().next().value!);
      }
      return value;
    },
    size: (db) => perDb.get(db)?.size ?? 0,
    forget: (db) => void perDb.delete(db),
  };
}
