/**
 * `gremium export <file>`: writes every seat in the membership spreadsheet layout (DOMAIN.md), so
 * that importing the file again changes nothing. One row per seat, sorted by committee code, role
 * and name; Mandaat is "ja" exactly when an unrevoked mandate covers the seat's whole period.
 */
import { toMandateFacts } from './seat-view.ts';
import path from 'node:path';
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import { headerRow, type SheetLanguage } from '../../domain/registry/membership-headers.ts';
import { mandateCovers } from '../../domain/registry/membership-plan.ts';
import { ROLE_LABELS, YES_NO } from '../../domain/registry/membership-rows.ts';
import { SEAT_ROLES, type MandateFacts } from '../../domain/registry/words.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import type { ServiceDeps } from '../deps.ts';
import { sheetFormat, writeSheet, type SheetCell } from './membership-sheet.ts';

/**
 * Why nothing was exported: UNSUPPORTED_FILE_TYPE (the name ends in neither .xlsx nor .csv),
 * FILE_NOT_WRITABLE (the folder does not exist or may not be written).
 */
export type ExportError = DomainError<'UNSUPPORTED_FILE_TYPE' | 'FILE_NOT_WRITABLE'>;

/** The export's options: the file to write and the headers' language (Dutch by default). */
export interface ExportInput {
  readonly file: string;
  readonly lang?: SheetLanguage;
}

/** Writes all seats to `file` (.xlsx or .csv; the CSV uses ';' for Dutch, ',' for English). */
export async function exportMembership(deps: ServiceDeps, input: ExportInput): Promise<Result<{ rows: number }, ExportError>> {
  const lang = input.lang ?? 'nl';
  if (sheetFormat(input.file) === null) {
    return err('UNSUPPORTED_FILE_TYPE', { file: path.basename(input.file), ext: path.extname(input.file).toLowerCase() });
  }
  const seats = await deps.db.seat.findMany({
    include: {
      committee: { select: { code: true } },
      person: { select: { name: true, email: true, organisation: { select: { name: true } } } },
      onBehalfOf: { select: { name: true } },
      substitute: { select: { name: true } },
    },
  });
  const mandateRows = await deps.db.mandate.findMany({ where: { revokedAt: null } });
  const mandates = new Map<string, MandateFacts[]>();
  for (const m of mandateRows) {
    const key = `${m.personId}|${m.organisationId}`;
    const facts = toMandateFacts(m);
    const list = mandates.get(key);
    if (list) list.push(facts);
    else mandates.set(key, [facts]);
  }

  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  seats.sort(
    (a, b) =>
      collator.compare(a.committee.code, b.committee.code) ||
      SEAT_ROLES.indexOf(a.role) - SEAT_ROLES.indexOf(b.role) ||
      collator.compare(a.person.name, b.person.name) ||
      a.startsOn.getTime() - b.startsOn.getTime() ||
      a.id.localeCompare(b.id),
  );
  const rows: SheetCell[][] = seats.map((s) => {
    const from = toLocalDate(s.startsOn);
    const until = toLocalDateOrNull(s.endsOn);
    const seat = { personId: s.personId, onBehalfOfId: s.onBehalfOfId, from, until };
    const mandated = (mandates.get(`${s.personId}|${s.onBehalfOfId}`) ?? []).some((m) => mandateCovers(m, seat, s.committee.code));
    return [
      s.committee.code,
      s.person.name,
      s.person.email ?? '',
      s.person.organisation?.name ?? s.onBehalfOf.name,
      s.onBehalfOf.name,
      ROLE_LABELS[lang][s.role],
      { date: from },
      until === null ? '' : { date: until },
      mandated ? YES_NO[lang].yes : YES_NO[lang].no,
      s.substitute?.name ?? '',
    ];
  });
  try {
    await writeSheet(input.file, headerRow(lang), rows, {
      sheetName: lang === 'nl' ? 'Leden' : 'Members',
      delimiter: lang === 'nl' ? ';' : ',',
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EROFS') {
      return err('FILE_NOT_WRITABLE', { file: input.file });
    }
    throw error;
  }
  return ok({ rows: rows.length });
}
