/**
 * `gremium person erase <person>`: AVG art. 17 (right to erasure) for someone who has left. Their
 * row stays, so that seats, votes and decisions still add up, but under a pseudonym ("Gewist
 * 1A2B3C4D", pseudonym.ts): the name, e-mail address and chat account ids go from every table, the
 * audit included (its snapshots held copies of addresses), the reasons given for their own absences
 * are cleared (they may say something about health), their chat accounts are unlinked and their
 * preferences (language, weekly digest: off) reset.
 *
 * Refused while they hold a seat that has not ended: the committee would show a stranger. Only an
 * administrator erases, never herself, in one transaction; the erasure's own audit entry says who
 * erased and how much, never the old name or address.
 */
import { fromLocalDate, toLocalDate } from '../../db/dates.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { isPseudonymOf, mentionsPerson, pseudonymFor, replaceMentions, scrubJson, type Json, type PersonMentions, type Pseudonym } from '../../domain/registry/pseudonym.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { transact } from '../transact.ts';
import { auditAbout, auditText, ownRows, requireAdministrator, rowsNaming, TEXT_COLUMNS, type OwnRows, type PrivacyGuardError } from './person-trace.ts';

/**
 * Error codes, besides NOT_ADMINISTRATOR:
 * - ERASE_SELF: an administrator tried to erase herself (another administrator must). Params: `person`.
 * - PERSON_HOLDS_SEATS: they hold seats that have not ended (today or later). Params: `person`, and
 *   per seat, in the same order: `committees` (codes), `roles`, `organisations`, `since` (YYYY-MM-DD).
 */
export type ErasePersonError = PrivacyGuardError | DomainError<'ERASE_SELF' | 'PERSON_HOLDS_SEATS'>;

/** What the erasure did (`already`: the person was erased before; nothing changed). */
export interface EraseOutcome {
  readonly already: boolean;
  readonly pseudonym: string;
  readonly accountsUnlinked: number;
  readonly auditEntriesRewritten: number;
  readonly otherRowsRewritten: number;
  readonly reasonsCleared: number;
}

/** Keys of audit snapshots that hold a reason for an absence. */
const REASON_KEYS: ReadonlySet<string> = new Set(['reason']);

/** Pseudonymises the person everywhere, in one audited transaction. */
export async function erasePerson(deps: ServiceDeps, input: { actor: Actor & { personId: string }; personId: string }): Promise<Result<EraseOutcome, ErasePersonError>> {
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const guard = await requireAdministrator(tx, input.actor.personId);
    if (!guard.ok) return guard;
    const person = await tx.person.findUniqueOrThrow({ where: { id: input.personId }, include: { identities: true } });
    if (person.id === input.actor.personId) return err('ERASE_SELF', { person: person.name });
    const running = await tx.seat.findMany({
      where: { personId: person.id, OR: [{ endsOn: null }, { endsOn: { gte: fromLocalDate(today) } }] },
      include: { committee: { select: { code: true } }, onBehalfOf: { select: { name: true } } },
      orderBy: [{ committee: { code: 'asc' } }, { startsOn: 'asc' }],
    });
    if (running.length > 0) {
      return err('PERSON_HOLDS_SEATS', {
        person: person.name, committees: running.map((s) => s.committee.code), roles: running.map((s) => s.role),
        organisations: running.map((s) => s.onBehalfOf.name), since: running.map((s) => toLocalDate(s.startsOn)),
      });
    }
    const as = pseudonymFor(person.id);
    if (isPseudonymOf(person.id, person.name) && person.email === null && person.identities.length === 0) {
      return ok({ already: true, pseudonym: as.name, accountsUnlinked: 0, auditEntriesRewritten: 0, otherRowsRewritten: 0, reasonsCleared: 0 });
    }
    const who: PersonMentions = { name: person.name, email: person.email, accounts: person.identities.map((i) => i.externalId) };
    const own = await ownRows(tx, person.id);
    const auditEntriesRewritten = await rewriteAudit(tx, person.id, who, as, own);
    const reasonsCleared = await clearReasons(tx, own);
    const otherRowsRewritten = await rewriteText(tx, who, as);
    await tx.conversationRef.deleteMany({ where: { id: { in: person.identities.map((i) => `${i.platform}:user:${i.externalId}`) } } });
    await tx.platformIdentity.deleteMany({ where: { personId: person.id } });
    await tx.person.update({ where: { id: person.id }, data: { name: as.name, email: null, language: null, isAdmin: false, digestDay: null } });
    const outcome = { already: false, pseudonym: as.name, accountsUnlinked: person.identities.length, auditEntriesRewritten, otherRowsRewritten, reasonsCleared };
    // What was done and by whom; the old name and address are exactly what must not be written again.
    await audit(tx, input.actor, { action: 'person.erase', subjectType: 'Person', subjectId: person.id, after: { name: as.name, email: null, ...outcome } }, now);
    return ok(outcome);
  }, { timeout: 120_000 });
}

/** Rewrites every audit entry that names the person, and clears reasons in entries about their absences. */
async function rewriteAudit(tx: Tx, personId: string, who: PersonMentions, as: Pseudonym, own: OwnRows): Promise<number> {
  const absences = new Set(own.absences);
  let rewritten = 0;
  for (const row of await auditAbout(tx, personId, who, own)) {
    const clear = absences.has(row.subjectId) ? REASON_KEYS : new Set<string>();
    if (clear.size === 0 && !mentionsPerson(auditText(row), who)) continue;
    const before = row.before === null ? undefined : (scrubJson(row.before as Json, who, as, clear) as object);
    const after = row.after === null ? undefined : (scrubJson(row.after as Json, who, as, clear) as object);
    await tx.auditEntry.update({
      where: { id: row.id },
      data: { actorLabel: replaceMentions(row.actorLabel, who, as), subjectId: replaceMentions(row.subjectId, who, as), before, after },
    });
    rewritten += 1;
  }
  return rewritten;
}

/**
 * The reasons given with the person's own absences, or recorded for them. Where they were someone
 * else's substitute, the reason is that person's, and stays (their name in it is replaced).
 */
async function clearReasons(tx: Tx, own: OwnRows): Promise<number> {
  const declarations = await tx.substitutionDeclaration.updateMany({ where: { id: { in: [...own.absences] }, reason: { not: null } }, data: { reason: null } });
  const attendance = await tx.attendance.updateMany({ where: { id: { in: [...own.absences] }, reason: { not: null } }, data: { reason: null } });
  const periods = await tx.absence.updateMany({ where: { id: { in: [...own.periods] }, reason: { not: null } }, data: { reason: null } });
  return declarations.count + attendance.count + periods.count;
}

/** Replaces the person's name, address and accounts in every other column that may hold a copy. */
async function rewriteText(tx: Tx, who: PersonMentions, as: Pseudonym): Promise<number> {
  let rewritten = 0;
  for (const column of TEXT_COLUMNS) {
    for (const row of await rowsNaming(tx, column, who)) {
      const value = column.json ? JSON.stringify(scrubJson(JSON.parse(row.value) as Json, who, as)) : replaceMentions(row.value, who, as);
      // Table and column names come from TEXT_COLUMNS, never from input.
      await tx.$executeRawUnsafe(`UPDATE "${column.table}" SET "${column.column}" = $1${column.json ? '::jsonb' : ''} WHERE id = $2`, value, row.id);
      rewritten += 1;
    }
  }
  return rewritten;
}
