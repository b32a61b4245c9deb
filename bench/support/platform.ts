/** The bench's end of bench/support/platform-thread.ts: starts the thread and calls its operations. */
import { Worker } from 'node:worker_threads';

/** A running platform thread. */
export interface PlatformThread {
  call<T>(op: string, input?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** Starts the fake `platform` and its clickers on a thread of their own. */
export async function startPlatformThread(platform: 'slack' | 'teams'): Promise<PlatformThread> {
  const worker = new Worker(new URL('./platform-boot.mjs', import.meta.url), {
    workerData: { platform, module: new URL('./platform-thread.ts', import.meta.url).href },
  });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 1;
  worker.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error !== undefined) w?.reject(new Error(m.error));
    else w?.resolve(m.result);
  });
  worker.on('error', (e) => {
    for (const w of waiting.values()) w.reject(e);
  });
  await new Promise<void>((resolve, reject) => waiting.set(0, { resolve: () => resolve(), reject }));
  const call = <T>(op: string, input: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, op, ...input });
    });
  return {
    call,
    stop: async () => {
      await call('stop');
      await worker.terminate();
    },
  };
}
