/**
 * Where one person left a trace (AVG: `gremium person export | erase`): the rows that are theirs,
 * and the audit entries and free text that name them. Shared by the export, which shows it, and the
 * erasure, which pseudonymises it.
 */
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { mentionsPerson, type PersonMentions } from '../../domain/registry/pseudonym.ts';
import type { Tx } from '../deps.ts';

/**
 * Error code of {@link requireAdministrator}:
 * - NOT_ADMINISTRATOR: only an administrator may see or erase someone's personal data. Params: `person`, the actor's name.
 */
export type PrivacyGuardError = DomainError<'NOT_ADMINISTRATOR'>;

/** Refuses anyone but an administrator; the actor's name for the audit otherwise. */
export async function requireAdministrator(tx: Tx, actorId: string): Promise<Result<{ name: string }, PrivacyGuardError>> {
  const actor = await tx.person.findUniqueOrThrow({ where: { id: actorId }, select: { name: true, isAdmin: true } });
  return actor.isAdmin ? ok({ name: actor.name }) : err('NOT_ADMINISTRATOR', { person: actor.name });
}

/** The ids of every row that is the person's, or about them, by table. */
export interface OwnRows {
  readonly seats: readonly string[];
  readonly mandates: readonly string[];
  readonly declarations: readonly string[];
  readonly attendance: readonly string[];
  readonly stances: readonly string[];
  /** Declarations and attendance of their own seats: the absences whose reasons are theirs. */
  readonly absences: readonly string[];
  /** Their own absences for a period (Absence rows with them as the one away): the reasons are theirs too. */
  readonly periods: readonly string[];
  /** Proposals, signals and pilots they submitted, and reactions they recorded (issue 16). */
  readonly proposals: readonly string[];
  readonly reactions: readonly string[];
}

/**
 * The rows that are the person's: seats they hold, mandates, declarations for their seats or naming
 * them as substitute or declarant, attendance of their seats or as substitute, and stances on their
 * seats or cast by them, proposals they submitted and reactions they recorded.
 */
export async function ownRows(tx: Tx, personId: string): Promise<OwnRows> {
  const seats = (await tx.seat.findMany({ where: { personId }, select: { id: true } })).map((s) => s.id);
  const periods = (await tx.absence.findMany({ where: { personId }, select: { id: true } })).map((a) => a.id);
  const [mandates, declarations, attendance, stances, proposals, reactions] = await Promise.all([
    tx.mandate.findMany({ where: { personId }, select: { id: true } }),
    tx.substitutionDeclaration.findMany({ where: { OR: [{ seatId: { in: seats } }, { substituteId: personId }, { declaredById: personId }] }, select: { id: true, seatId: true } }),
    tx.attendance.findMany({ where: { OR: [{ seatId: { in: seats } }, { substituteId: personId }] }, select: { id: true, seatId: true } }),
    tx.stance.findMany({ where: { OR: [{ seatId: { in: seats } }, { castById: personId }] }, select: { id: true } }),
    tx.proposal.findMany({ where: { submittedById: personId }, select: { id: true } }),
    tx.proposalReaction.findMany({ where: { personId }, select: { id: true } }),
  ]);
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const held = new Set(seats);
  const absences = [...declarations, ...attendance].filter((r) => held.has(r.seatId)).map((r) => r.id);
  return { seats, mandates: ids(mandates), declarations: ids(declarations), attendance: ids(attendance), stances: ids(stances), absences, periods, proposals: ids(proposals), reactions: ids(reactions) };
}

/** `text` as a case-insensitive LIKE pattern for "contains". */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** What to look for: the id (in the audit's snapshots) and everything that names the person. */
function needles(personId: string, who: PersonMentions): string[] {
  return [personId, who.name, who.email ?? '', ...who.accounts].filter((n) => n.trim() !== '');
}

/** An audit entry as the export shows it and the erasure rewrites it. */
export type AuditRow = Awaited<ReturnType<Tx['auditEntry']['findMany']>>[number];

/**
 * The audit entries about the person: they acted, the subject is theirs, or the entry names them
 * (their id, name, address or an account, in its label, subject or snapshots). The database finds
 * candidates by substring; a name counts only where it stands on its own (pseudonym.ts).
 */
export async function auditAbout(tx: Tx, personId: string, who: PersonMentions, own: OwnRows): Promise<AuditRow[]> {
  const search = needles(personId, who);
  const conditions = search.map((_, i) => `("actorLabel" ILIKE $${i + 1} OR "subjectId" ILIKE $${i + 1} OR "before"::text ILIKE $${i + 1} OR "after"::text ILIKE $${i + 1})`);
  const candidates = await tx.$queryRawUnsafe<{ id: bigint }[]>(`SELECT id FROM "AuditEntry" WHERE ${conditions.join(' OR ')}`, ...search.map(containsPattern));
  const subjects = [personId, ...own.seats, ...own.mandates, ...own.declarations, ...own.attendance, ...own.stances, ...own.proposals, ...own.reactions];
  const rows = await tx.auditEntry.findMany({
    where: { OR: [{ actorId: personId }, { subjectId: { in: subjects } }, { id: { in: candidates.map((c) => c.id) } }] },
    orderBy: { id: 'asc' },
  });
  const mine = new Set(subjects);
  return rows.filter((r) => r.actorId === personId || mine.has(r.subjectId) || auditText(r).includes(personId) || mentionsPerson(auditText(r), who));
}

/** Everything an audit entry says, as one text. */
export function auditText(row: AuditRow): string {
  return [row.actorLabel, row.subjectId, JSON.stringify(row.before ?? null), JSON.stringify(row.after ?? null)].join('\n');
}

/** A free-text column that may name people; `json` columns are rewritten value by value. */
export interface TextColumn {
  readonly table: string;
  readonly column: string;
  readonly json?: boolean;
}

/**
 * Every column outside the person's own row and the audit where a copy of a name, address or
 * account can sit: questions and decisions people typed, proposal titles, reactions and the
 * municipality's reasons, impasse subjects and mediators, agenda items, reasons, notes, and the
 * messages and conversation references kept for the chat platforms.
 */
export const TEXT_COLUMNS: readonly TextColumn[] = [
  { table: 'Poll', column: 'question' },
  { table: 'Decision', column: 'text' },
  { table: 'Duty', column: 'responsible' },
  { table: 'Meeting', column: 'note' },
  { table: 'SubstitutionDeclaration', column: 'reason' },
  { table: 'Attendance', column: 'reason' },
  { table: 'Absence', column: 'reason' },
  // The procedures (issue 16): a title, a reaction or a mediator may name someone.
  { table: 'Proposal', column: 'title' },
  { table: 'Proposal', column: 'decisionNote' },
  { table: 'ProposalReaction', column: 'text' },
  { table: 'ImpasseCase', column: 'subject' },
  { table: 'ImpasseCase', column: 'mediator' },
  { table: 'AgendaItem', column: 'subject' },
  { table: 'OutboxMessage', column: 'channel' },
  { table: 'OutboxMessage', column: 'lastError' },
  { table: 'OutboxMessage', column: 'payload', json: true },
  { table: 'ConversationRef', column: 'reference', json: true },
];

/** The rows of one column that name the person (candidates by substring, confirmed as in {@link auditAbout}). */
export async function rowsNaming(tx: Tx, column: TextColumn, who: PersonMentions): Promise<{ id: string; value: string }[]> {
  const search = needles('', who);
  if (search.length === 0) return [];
  const where = search.map((_, i) => `"${column.column}"::text ILIKE $${i + 1}`).join(' OR ');
  const rows = await tx.$queryRawUnsafe<{ id: string; value: string }[]>(
    `SELECT id, "${column.column}"::text AS value FROM "${column.table}" WHERE ${where}`,
    ...search.map(containsPattern),
  );
  return rows.filter((r) => mentionsPerson(r.value, who));
}
