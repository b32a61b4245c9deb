/**
 * Turns an import's or export's outcome into the user's text, in Dutch or English: a summary line,
 * or the refusal with every problem on its own line, sorted by row and then by column.
 */
import type { Language } from '../../i18n/catalog.ts';
import { importMessages } from '../../i18n/import.ts';
import { t } from '../../i18n/index.ts';
import { columnOrder } from '../../domain/registry/membership-headers.ts';
import type { ImportProblem } from '../../domain/registry/membership-rows.ts';
import type { Result } from '../../domain/result.ts';
import type { ExportError } from '../../services/registry/export-membership.ts';
import type { ImportRefused, ImportSummary } from '../../services/registry/import-membership.ts';

/** One problem as a sentence: "Rij 4, kolom Gremium: onbekend gremium 'SBOO'. Bedoelde u 'SBO'?". */
export function problemText(lang: Language, problem: ImportProblem): string {
  return t(lang, problem.code, { ...problem.params, row: problem.row, column: problem.column });
}

/** The import's outcome as text: the counts, or the refusal followed by one line per problem. */
export function importReport(lang: Language, result: Result<ImportSummary, ImportRefused>): string {
  if (result.ok) {
    const s = result.value;
    const changed = s.created + s.updated + s.people + s.emails + s.mandates;
    return changed === 0
      ? importMessages.IMPORT_NO_CHANGES[lang]({ unchanged: s.unchanged })
      : importMessages.IMPORT_DONE[lang]({ ...s });
  }
  const { error } = result;
  if (error.code !== 'IMPORT_REFUSED') return importMessages[error.code][lang](error.params ?? {});
  const sorted = [...error.problems].sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column));
  const head = importMessages.IMPORT_REFUSED[lang]({ count: sorted.length });
  return [head, ...sorted.map((p) => problemText(lang, p))].join('\n');
}

/** The export's outcome as text. */
export function exportReport(lang: Language, file: string, result: Result<{ rows: number }, ExportError>): string {
  if (result.ok) return importMessages.EXPORT_DONE[lang]({ rows: result.value.rows, file });
  return importMessages[result.error.code][lang](result.error.params ?? {});
}
