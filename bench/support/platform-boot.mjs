/**
 * Starts bench/support/platform-thread.ts on a worker thread: a worker does not inherit its parent's
 * TypeScript loader, so it registers tsx's before importing the module named in workerData.
 */
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
