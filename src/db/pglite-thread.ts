/**
 * PGlite on its own thread (pglite-worker.mjs), behind the part of PGlite's interface that Prisma's
 * adapter and our migrations use: query, exec, transaction, close. PGlite answers on the thread that
 * calls it, and a turn's queries (WebAssembly, a few milliseconds) then held up every other request
 * on the bot's event loop, acks included; on its own thread they run beside it, on another core.
 *
 * The thread starts at once and PGlite opens its directory there while the caller goes on (`ready`);
 * calls made meanwhile wait in the thread's queue. An idle thread does not keep the process alive
 * (like pg's allowExitOnIdle): the worker is held (ref'd) only while starting and while a call waits
 * for its answer. A process that is done, the Prisma CLI after `migrate status` for one, then ends
 * instead of waiting forever on a database nobody uses.
 *
 * Values arrive as PostgreSQL's text and are parsed here with PGlite's own parseType and the caller's
 * parsers (the Prisma adapter's), exactly as PGlite would have parsed them in-process. Errors keep
 * their class: PostgreSQL's come back as PGlite's DatabaseError with code, detail and hint.
 */
import { Worker } from 'node:worker_threads';
import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';

/**
 * PGlite's own code on this side, for its parsers and its error class. Loaded once a thread has been
 * started, not before: its 0.05 s then runs while the thread opens, off a start's path (issue 12
 * point 3). Answers are settled only once it is here.
 */
let pgliteCode: typeof import('@electric-sql/pglite') | undefined;
let loadingPgliteCode: Promise<void> | undefined;
function loadPgliteCode(): Promise<void> {
  return (loadingPgliteCode ??= import('@electric-sql/pglite').then((code) => {
    pgliteCode = code;
  }));
}

/** What the worker answers for one query. */
interface RawResult {
  readonly rows: (string | null)[][];
  readonly fields: { name: string; dataTypeID: number }[];
  readonly affectedRows?: number;
}

interface Answer {
  readonly id?: number;
  readonly ready?: boolean;
  readonly result?: unknown;
  readonly error?: Record<string, unknown> & { message: string; database?: boolean };
}

/** PGlite's parse of a raw result, with the caller's row mode and parsers. */
function parse<T>(raw: RawResult, options: QueryOptions | undefined): Results<T> {
  const parsers = options?.parsers;
  const rows = raw.rows.map((row) => {
    const values = row.map((text, i) => pgliteCode!.types.parseType(text, raw.fields[i]!.dataTypeID, parsers));
    return options?.rowMode === 'array' ? values : Object.fromEntries(raw.fields.map((f, i) => [f.name, values[i]]));
  });
  return { rows: rows as T[], fields: raw.fields, ...(raw.affectedRows === undefined ? {} : { affectedRows: raw.affectedRows }) };
}

/** The worker's error as the error PGlite would have thrown. */
function revive(error: NonNullable<Answer['error']>): Error {
  const { database, stack, ...fields } = error;
  const revived = database ? new pgliteCode!.messages.DatabaseError(error.message, 0, 'error') : new Error(error.message);
  Object.assign(revived, fields);
  if (typeof stack === 'string') revived.stack = stack;
  return revived;
}

/** The young generation of the database's thread, in MiB (see start). */
const YOUNG_GENERATION_MB = 2;

/** A PGlite instance running on its own thread. */
export class PGliteThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private stopped: Error | null = null;

  /**
   * Settles when PGlite has opened its directory (rejects when it could not). Calls made before wait
   * in the thread's queue, so the caller's own start-up work runs meanwhile, on the other core.
   */
  readonly ready: Promise<void>;

  private constructor(worker: Worker) {
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (answer: Answer) => answer.ready && resolve());
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the embedded database did not start (worker exit code ${code})`)));
    });
    // Held (ref'd) while starting; once open, only while a call waits for its answer.
    this.ready.then(() => this.waiting.size === 0 && worker.unref(), () => undefined);
    worker.on('message', (answer: Answer) => {
      const pending = answer.id === undefined ? undefined : this.waiting.get(answer.id);
      if (!pending) return;
      this.waiting.delete(answer.id!);
      if (this.waiting.size === 0) worker.unref();
      const settle = () => (answer.error ? pending.reject(revive(answer.error)) : pending.resolve(answer.result));
      if (pgliteCode) settle();
      else loadPgliteCode().then(settle, pending.reject);
    });
    const fail = (error: Error) => {
      this.stopped = error;
      for (const pending of this.waiting.values()) pending.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the embedded database stopped (worker exit code ${code})`)));
  }

  /**
   * Starts PGlite on `dir` (undefined: in memory) in a new thread and returns at once; `ready` tells
   * when it is open. Calls may be made straight away: the thread answers them once PGlite is open.
   */
  static start(dir: string | undefined): PGliteThread {
    // Plain JavaScript: started without the parent's loaders (tsx), which only cost start-up time there.
    // A young generation of 2 MiB: what this thread allocates (each query's messages and rows) dies at
    // once, and V8's default let it grow to tens of MiB beside PGlite's own memory (issue 12 point 3:
    // a console question peaked at 416 MiB with the default, 400 MiB with this; 9 runs each).
    const options = { workerData: { dir }, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
    const thread = new PGliteThread(new Worker(new URL('./pglite-worker.mjs', import.meta.url), options));
    void loadPgliteCode().catch(() => undefined); // a failure reaches the first answer (see the constructor)
    return thread;
  }

  /** Starts PGlite on `dir` (undefined: in memory) in a new thread; resolves when it is ready. */
  static async create(dir: string | undefined): Promise<PGliteThread> {
    const thread = PGliteThread.start(dir);
    await thread.ready;
    return thread;
  }

  private call<T>(message: Record<string, unknown>): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    if (this.waiting.size === 0) this.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  private async runQuery<T>(sql: string, params: unknown[] | undefined, options: QueryOptions | undefined, txId?: number, name?: string): Promise<Results<T>> {
    return parse<T>(await this.call<RawResult>({ op: 'query', sql, params, txId, name }), options);
  }

  private async runExec(sql: string, options: QueryOptions | undefined, txId?: number): Promise<Results[]> {
    return (await this.call<RawResult[]>({ op: 'exec', sql, txId })).map((raw) => parse(raw, options));
  }

  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.runQuery<T>(sql, params, options);
  }

  /**
   * A named statement: prepared on first use, then only bound and executed (no planning each time).
   * Outside transactions only (db/raw-sql.ts's runner); the name must always stand for the same text.
   */
  queryNamed<T>(name: string, sql: string, params: unknown[]): Promise<Results<T>> {
    return this.runQuery<T>(sql, params, undefined, undefined, name);
  }

  exec(sql: string, options?: QueryOptions): Promise<Results[]> {
    return this.runExec(sql, options);
  }

  /** Runs `callback` in one transaction: committed when it returns, rolled back when it throws. */
  async transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    const txId = await this.call<number>({ op: 'begin' });
    let closed = false;
    const tx = {
      query: <R>(sql: string, params?: unknown[], options?: QueryOptions) => this.runQuery<R>(sql, params, options, txId),
      exec: (sql: string, options?: QueryOptions) => this.runExec(sql, options, txId),
      rollback: async () => {
        closed = true;
        await this.call({ op: 'rollback', txId });
      },
      get closed() {
        return closed;
      },
    } as unknown as Transaction;
    let result: T;
    try {
      result = await callback(tx);
    } catch (error) {
      await this.call({ op: 'end', txId, commit: false }).catch(() => undefined);
      throw error;
    }
    await this.call({ op: 'end', txId, commit: true });
    return result;
  }

  /** Closes PGlite (its data written) and stops the thread. */
  async close(): Promise<void> {
    if (!this.stopped) await this.call({ op: 'close' });
    await this.worker.terminate();
  }

  /** This instance where PGlite's type is expected (the Prisma adapter): it offers what the adapter calls. */
  asPGlite(): PGlite {
    return this as unknown as PGlite;
  }
}
