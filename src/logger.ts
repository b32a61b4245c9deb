/** Structured logs (pino) to standard error, so they never mix with the console chat's replies. */
import { pino, type Logger } from 'pino';

/** A logger at `level`, writing JSON lines to stderr, with secrets redacted. */
export function createLogger(level: string): Logger {
  return pino(
    { level, redact: { paths: ['*.token', '*.password', '*.secret', '*.authorization', 'headers.authorization', '*.DATABASE_URL'], censor: '[redacted]' } },
    pino.destination(2),
  );
}

export type { Logger } from 'pino';
