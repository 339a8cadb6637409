import type { Database } from "~/modules/db/client.server";

/** What a query fails with when the connection drops (postgres.js's code). */
export const connectionEnded = (): Error => Object.assign(new Error("the connection ended"), { code: "CONNECTION_ENDED" });

/**
 * The database as if it stopped answering at its `failFrom`-th query (counted in
 * `calls`): every db method call from then on fails as a dropped connection does.
 * A transaction's own queries count too (its callback gets a transaction that
 * fails the same way), so a connection lost half-way through one is tried as well.
 * `failure` makes the error instead (a bug, say, which must not pass for the database being away).
 */
export function failingFrom(db: Database, failFrom: number, calls: { n: number }, failure: () => Error = connectionEnded): Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (++calls.n >= failFrom) throw failure();
        const [work, ...rest] = args;
        if (property === "transaction" && typeof work === "function") {
          const inTransaction = (tx: Database) => (work as (tx: Database) => unknown)(failingFrom(tx, failFrom, calls, failure));
          return (value as (...a: unknown[]) => unknown).apply(target, [inTransaction, ...rest]);
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
