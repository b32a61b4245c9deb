/**
 * The embedded database's own thread: PGlite runs here, so its WebAssembly never holds up the bot's
 * event loop (HTTP answers, acks, timers). pglite-thread.ts is the other end; it sends one message
 * per call and gets one answer back:
 *   { id, op: 'query' | 'exec', sql, params?, name?, txId? } -> { id, result } | { id, error }
 *   { id, op: 'begin' } -> { id, result: txId }, then { id, op: 'end', txId, commit } -> { id }
 *   { id, op: 'rollback', txId } (the transaction's own rollback()), { id, op: 'close' }
 * Results travel raw (every value as PostgreSQL's text, rows as arrays): the caller's parsers run
 * on the other side, where they were given (functions cannot cross threads).
 *
 * Plain JavaScript on purpose: a worker starts without the TypeScript loader of its parent (vitest).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { messages, parse, PGlite, protocol, types } from '@electric-sql/pglite';
import { collectWhenIdle } from './idle-gc.mjs';

// This thread is an isolate of its own: a burst's heap pages stay committed until it collects here.
collectWhenIdle();

/** Keeps every value as the text PostgreSQL sent: a parser per known type, each returning its input. */
const RAW = Object.fromEntries(Object.keys(types.parsers).map((oid) => [oid, (text) => text]));
const RAW_OPTIONS = { rowMode: 'array' };

// As the instance's parsers (not per query, which PGlite would merge into a new object each time).
/** The open PGlite, set when it has opened; messages that come before wait for `opening`. */
let pglite;
const opening = PGlite.create(workerData.dir ?? undefined, { parsers: RAW }).then((opened) => {
  pglite = opened;
});
/** Open transactions by id: the PGlite transaction, and how to end it. */
const open = new Map();
/** Messages for one transaction run in the order they were sent. */
const chains = new Map();
let nextTx = 1;

/** Named statements prepared on this connection: their parameter types, by name. */
const prepared = new Map();
const send = (message) => pglite.execProtocolStream(message, { syncToFs: false });

/**
 * A named statement (db/raw-sql.ts gives the hot ones a name): parsed and described once, then only
 * bound and executed, the way PostgreSQL's own prepared statements spare planning. The steps are
 * PGlite's own query() with a name instead of the unnamed statement, under the same two locks.
 */
function runNamed(name, text, params = []) {
  return pglite._runExclusiveTransaction(() =>
    pglite.runExclusive(async () => {
      const received = [];
      try {
        let paramTypes = prepared.get(name);
        if (!paramTypes) {
          received.push(...(await send(protocol.serialize.parse({ name, text, types: [] }))));
          paramTypes = parse.parseDescribeStatementResults(await send(protocol.serialize.describe({ type: 'S', name })));
          prepared.set(name, paramTypes);
        }
        const values = params.map((value, i) => {
          if (value === null || value === undefined) return null;
          const serialize = pglite.serializers[paramTypes[i]];
          return serialize ? serialize(value) : value.toString();
        });
        received.push(...(await send(protocol.serialize.bind({ statement: name, values }))));
        received.push(...(await send(protocol.serialize.describe({ type: 'P' }))));
        received.push(...(await send(protocol.serialize.execute({}))));
      } finally {
        received.push(...(await send(protocol.serialize.sync())));
      }
      if (!pglite.isInTransaction()) await pglite.syncToFs();
      return parse.parseResults(received, pglite.parsers, RAW_OPTIONS)[0];
    }),
  );
}

const shape = (r) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows });

/** An error as plain data; `database` marks PostgreSQL's own errors (code, detail, hint...). */
function describe(error) {
  const plain = { ...error, name: error?.name, message: error?.message ?? String(error), stack: error?.stack };
  return { ...plain, database: error instanceof messages.DatabaseError };
}

/** Starts a transaction held open until its 'end' message; answers its id once BEGIN ran. */
function begin() {
  const txId = nextTx++;
  const entry = { tx: null, end: null, done: null };
  open.set(txId, entry);
  return new Promise((started, failed) => {
    entry.done = pglite.transaction(async (tx) => {
      entry.tx = tx;
      const commit = await new Promise((resolve) => {
        entry.end = resolve;
        started(txId);
      });
      if (!commit && !tx.closed) await tx.rollback();
    });
    // Failing before the callback ran (BEGIN itself): 'begin' reports it. Later failures (COMMIT)
    // reach 'end', which awaits `done` itself.
    entry.done.catch((error) => {
      if (entry.tx) return;
      open.delete(txId);
      failed(error);
    });
  });
}

async function run(message) {
  const target = message.txId ? open.get(message.txId)?.tx : pglite;
  if (!target) throw new Error(`transaction ${message.txId} is not open`);
  switch (message.op) {
    case 'query':
      if (message.name && !message.txId) return shape(await runNamed(message.name, message.sql, message.params));
      return shape(await target.query(message.sql, message.params, RAW_OPTIONS));
    case 'exec':
      return (await target.exec(message.sql, RAW_OPTIONS)).map(shape);
    case 'rollback':
      return void (await target.rollback());
    case 'begin':
      return begin();
    case 'end': {
      const entry = open.get(message.txId);
      entry.end(message.commit);
      try {
        await entry.done;
      } finally {
        open.delete(message.txId);
      }
      return undefined;
    }
    case 'close':
      await pglite.close();
      return undefined;
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

/**
 * Listening from the start, not once PGlite is open: the listener keeps this thread's event loop
 * alive. Without it the loop ran empty the moment PGlite opened, and Node then waited for V8's
 * background work (the optimising compile of PGlite's WebAssembly) before turning it again: the
 * first query waited 0.1 to 0.2 s after every start (issue 12 point 3; measured with strace, the
 * thread blocked on a futex that a V8 worker thread released).
 */
parentPort.on('message', (message) => {
  const previous = message.txId ? (chains.get(message.txId) ?? opening) : opening;
  const work = previous.then(() => run(message)).then(
    (result) => parentPort.postMessage({ id: message.id, result }),
    (error) => parentPort.postMessage({ id: message.id, error: describe(error) }),
  );
  if (message.txId) chains.set(message.txId, work);
  if (message.op === 'end') void work.then(() => chains.delete(message.txId));
});
await opening;
parentPort.postMessage({ ready: true });
