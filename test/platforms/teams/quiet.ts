/**
 * botframework-connector writes every refused token to console.error with its stack trace. In the
 * tests that refuse tokens on purpose those traces are expected, and printed they make `npm test`
 * look broken; this catches them instead, so a test can check them and the output stays clean.
 */
import { vi } from 'vitest';

/** Runs `fn` with console.error caught; resolves to its result and what the library wrote. */
export async function catchingLibraryErrors<T>(fn: () => Promise<T>): Promise<{ result: T; logged: string[] }> {
  const logged: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  try {
    return { result: await fn(), logged };
  } finally {
    spy.mockRestore();
  }
}
