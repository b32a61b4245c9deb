/** `gremium export-decisions <committee> <meeting date> <file.md|file.csv>`: writes a meeting's decision list. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { decisionList, type DecisionListView } from './decision-list.ts';
import type { ServiceDeps } from '../deps.ts';

/** The file formats a decision list is written in. */
export type DecisionListFormat = 'md' | 'csv';

/** Which list, where, and how it is worded (the caller renders in the user's language). */
export interface ExportDecisionsInput {
  readonly committeeId: string;
  readonly day: LocalDate;
  readonly file: string;
  readonly render: (list: DecisionListView, format: DecisionListFormat) => string;
  /**
   * Who the file is for: only a person with a seat in the partnership (or an administrator) gets the
   * titles of confidential proposals (002 art. 5.7); without one the file is the one anyone may read.
   */
  readonly readerId?: string | null;
}

/**
 * Error codes:
 * - UNSUPPORTED_DECISIONS_FILE: the file name ends in neither .md nor .csv. Params: `file`.
 * - NO_MEETING_ON_DAY: no meeting that day (decision-list.ts).
 * - FILE_NOT_WRITABLE: the folder does not exist or may not be written. Params: `file`.
 */
export type ExportDecisionsError = DomainError<'UNSUPPORTED_DECISIONS_FILE' | 'NO_MEETING_ON_DAY' | 'FILE_NOT_WRITABLE'>;

/** The format a file name asks for, or null. */
export function decisionsFormat(file: string): DecisionListFormat | null {
  const ext = path.extname(file).toLowerCase();
  return ext === '.md' ? 'md' : ext === '.csv' ? 'csv' : null;
}

/** Writes the list; returns how many decisions it holds. */
export async function exportDecisions(deps: ServiceDeps, input: ExportDecisionsInput): Promise<Result<{ decisions: number; list: DecisionListView }, ExportDecisionsError>> {
  const format = decisionsFormat(input.file);
  if (format === null) return err('UNSUPPORTED_DECISIONS_FILE', { file: path.basename(input.file) });
  const reader = input.readerId ? { personId: input.readerId, publicView: false } : null;
  const list = await decisionList(deps, { committeeId: input.committeeId, day: input.day, reader });
  if (!list.ok) return list;
  try {
    await fs.writeFile(input.file, input.render(list.value, format), 'utf8');
  } catch {
    return err('FILE_NOT_WRITABLE', { file: input.file });
  }
  return ok({ decisions: list.value.decisions.length, list: list.value });
}
