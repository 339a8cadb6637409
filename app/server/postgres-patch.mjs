// A module-load hook (node:module register) that mends a bug in postgres.js
// 3.4.x before the app loads it: when PostgreSQL goes away (a restart, a
// fail-over) while a transaction is running, postgres.js rejects the query,
// then sends the transaction's ROLLBACK on the connection whose socket it has
// already dropped; the write is deferred with setImmediate and throws
// "Cannot read properties of null (reading 'write')" where nothing can catch
// it, so the whole app process dies (porsager/postgres#1154, #1208; fixes
// proposed in #1168 and #1209, none released as of 3.4.9). The load test's
// PostgreSQL-restart scenario found it: both app processes died.
//
// The mend: a query sent on a connection whose socket has gone fails at once
// with CONNECTION_CLOSED (callers see the usual "database unavailable" error)
// and the connection is reconnected later like any closed one; a write with
// no socket fails its queries instead of throwing (as proposed in #1209); and
// closing a connection forgets its pending write timer and bytes, so a
// reconnected connection is not left unable to write (LanternOps/breeze#3225).
//
// A second bug, found by the load test as a rare 500 on "Send my answers"
// under a full pool: a transaction's BEGIN could go out without its
// connection being reserved for it (see the last two edits). Plain
// JavaScript: hooks run in their own thread, before any TypeScript loader.

const TARGET = /\/node_modules\/postgres\/(?:cjs\/)?src\/connection\.js$/;
const POOL_TARGET = /\/node_modules\/postgres\/(?:cjs\/)?src\/index\.js$/;

/** The marker the patched module sets, so the app can tell whether the mend is in. */
export const PATCHED_MARKER = "__heardPostgresWritePatched";

const EDITS = [
  {
    // A query sent on a reserved (transaction) connection whose socket has gone
    // fails at once, and the connection stays with the closed ones to be
    // reconnected (returning false would park it among the "full" ones for ever).
    find: "  function execute(q) {\n    if (terminated)\n      return queryError(q, Errors.connection('CONNECTION_DESTROYED', options))\n",
    replace:
      "  function execute(q) {\n    if (terminated)\n      return queryError(q, Errors.connection('CONNECTION_DESTROYED', options))\n" +
      "\n    if (!socket && !initial)\n      return queryError(q, Errors.connection('CONNECTION_CLOSED', options)), true\n",
  },
  {
    find: "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)",
    replace:
      "  function nextWrite(fn) {\n" +
      "    if (!socket) {\n" +
      "      nextWriteTimer !== null && clearImmediate(nextWriteTimer)\n" +
      "      chunk = nextWriteTimer = null\n" +
      "      error(Errors.connection('CONNECTION_CLOSED', options))\n" +
      "      return false\n" +
      "    }\n" +
      "    const x = socket.write(chunk, fn)",
  },
  {
    find: "    clearImmediate(nextWriteTimer)\n    if (socket) {",
    replace: "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    if (socket) {",
  },
  {
    find: "    clearImmediate(nextWriteTimer)\n    socket.removeListener('data', data)",
    replace: "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    socket.removeListener('data', data)",
  },
  {
    // sql.begin() reserves its connection in the query's onexecute hook, which
    // came last in a chain of "can this connection take more?" terms: when the
    // BEGIN filled the connection's pipeline (or the socket was full) the hook
    // never ran, the BEGIN still went, and PostgreSQL held a transaction on a
    // connection the pool gave to others (UNSAFE_TRANSACTION; porsager/postgres
    // #823, #1189; the fix proposed in #1218). The hook now runs whenever the
    // query was written.
    find:
      "      build(q)\n      return write(toBuffer(q))\n        && !q.describeFirst\n        && !q.cursorFn\n        && sent.length < max_pipeline\n        && (!q.options.onexecute || q.options.onexecute(connection))\n",
    replace:
      "      build(q)\n      const written = write(toBuffer(q))\n      q.options.onexecute && q.options.onexecute(connection)\n" +
      "      return written\n        && !q.describeFirst\n        && !q.cursorFn\n        && sent.length < max_pipeline\n",
  },
  {
    // A connection reserved for a transaction, idle between its statements,
    // is not handed queued queries when its socket drains (#1207).
    find: "  function drain() {\n    !query && onopen(connection)\n  }",
    replace: "  function drain() {\n    !query && !connection.reserved && onopen(connection)\n  }",
  },
];

/**
 * The pool (index.js): a connection whose BEGIN was just sent belongs to that
 * transaction. It used to be put back among the busy connections at once, so
 * under a full pool other requests' queries (and other BEGINs) were pipelined
 * onto it and ran inside someone else's transaction, to be committed or rolled
 * back with it (porsager/postgres#823, #1207). It now stays reserved.
 */
const POOL_EDITS = [
  {
    find: "  function go(c, query) {\n    return c.execute(query)\n      ? move(c, busy)\n      : move(c, full)\n  }",
    replace: "  function go(c, query) {\n    return c.execute(query)\n      ? (c.reserved ? c : move(c, busy))\n      : move(c, full)\n  }",
  },
  {
    find: "      ready = c.execute(query)\n    }\n\n    ready\n      ? move(c, busy)\n      : move(c, full)\n  }",
    replace:
      "      ready = c.execute(query)\n      if (c.reserved)\n        return\n    }\n\n    ready\n      ? move(c, busy)\n      : move(c, full)\n  }",
  },
];

/**
 * The mended source of postgres.js's index.js, or null when it does not look
 * as expected (another version).
 * @param {string} source
 * @returns {string | null}
 */
export function patchPostgresPool(source) {
  return applyEdits(source, POOL_EDITS);
}

/** Each edit's text must occur exactly once, or nothing is changed. */
function applyEdits(source, edits) {
  let patched = source;
  for (const edit of edits) {
    if (patched.split(edit.find).length !== 2) return null;
    patched = patched.replace(edit.find, edit.replace);
  }
  return patched;
}

/**
 * The mended source of postgres.js's connection.js, or null when it does not
 * look as expected (another version): then it is left as it is.
 * @param {string} source
 * @returns {string | null}
 */
export function patchPostgresConnection(source) {
  const patched = applyEdits(source, EDITS);
  return patched === null ? null : `globalThis.${PATCHED_MARKER} = true;\n${patched}`;
}

/**
 * The load hook itself.
 * @param {string} url
 * @param {unknown} context
 * @param {(url: string, context: unknown) => Promise<{ format?: string; source?: string | ArrayBuffer | Uint8Array }>} nextLoad
 */
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  const mend = TARGET.test(url) ? patchPostgresConnection : POOL_TARGET.test(url) ? patchPostgresPool : null;
  if (!mend || result.source == null) return result;
  const source = typeof result.source === "string" ? result.source : new TextDecoder().decode(result.source);
  const patched = mend(source);
  return patched ? { ...result, source: patched } : result;
}
