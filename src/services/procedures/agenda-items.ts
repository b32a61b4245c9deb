/**
 * Subjects a procedure puts on a committee's agenda (issue 16):
 * - Escalation in segment 1 (001): working group -> ORO -> SBO, along each committee's "Escaleert naar".
 *   001 ORO, Taken: "Indien in de onderlinge samenwerking en uitvoering geen overeenstemming bereikt wordt
 *   tussen de verschillende samenwerkende partners dan kan het ORO een escalerende rol hebben. Lukt het
 *   ook binnen het ORO niet om overeenstemming te bereiken dan heeft het SBO de escalerende rol." "Het
 *   ORO komt er niet uit" puts the subject on the SBO's agenda, for its next meeting.
 * - Interim accession (001 SBO, Randvoorwaarden): "Indien er sprake is van tussentijds toetreden wordt
 *   dat geagendeerd voor het BSO ..."
 */
import type { LocalDate } from '../../domain/local-date.ts';
import { ARTICLES } from '../../domain/procedures/articles.ts';
import { quotesFor } from '../../domain/rules/rule-quotes.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { checkText, type TextError } from '../../domain/user-text.ts';
import { audit } from '../audit.ts';
import { permit, type PermissionError } from '../authorize.ts';
import type { Actor, ServiceDeps, Tx } from '../deps.ts';
import { nextMeetingDays } from '../schedule/meeting-lookup.ts';
import { transact } from '../transact.ts';

type Acting = Actor & { personId: string };
/** What a new agenda item answers with. */
export interface AgendaItemAdded {
  readonly subject: string;
  readonly from: string | null;
  readonly to: string;
  readonly next: LocalDate | null;
  readonly quote: string;
  readonly source: string;
}

/**
 * Error codes: NOT_COMMITTEE_PARTY, TEXT_*, NO_ESCALATION (the committee escalates nowhere: its
 * workbook names no "Escaleert naar"; param `committee`), ON_AGENDA_ALREADY (the subject is on the
 * target's agenda and not handled yet; params `subject`, `committee`).
 */
export type AgendaError = PermissionError | TextError | DomainError<'NO_ESCALATION' | 'ON_AGENDA_ALREADY'>;

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The committee cannot agree: the subject goes on the agenda of the committee it escalates to. */
export async function raiseEscalation(deps: ServiceDeps, input: { actor: Acting; committeeId: string; subject: string }): Promise<Result<AgendaItemAdded, AgendaError>> {
  const subject = checkText('title', input.subject.trim());
  if (!subject.ok) return subject;
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const allowed = await permit(tx, input.actor.personId, 'escalation.raise', { committeeId: input.committeeId }, today);
    if (!allowed.ok) return allowed;
    const from = await tx.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true, sourceRef: true, escalatesTo: { select: { id: true, code: true } } } });
    if (!from.escalatesTo) return err('NO_ESCALATION', { committee: from.code });
    const added = await addItem(tx, { ...input, subject: subject.value, reason: 'ESCALATION', toId: from.escalatesTo.id, toCode: from.escalatesTo.code, fromId: input.committeeId, now, today });
    if (!added.ok) return added;
    const quote = quotesFor('escalation', from)[0];
    return ok({ ...added.value, from: from.code, quote: quote?.text ?? ARTICLES.throughOro.text, source: quote ? `${quote.seed} ${quote.where}` : '001 SBO, Organisatie' });
  });
}

/** An interim accession of an organisation goes on the committee's (the SBO's) agenda. */
export async function proposeAccession(deps: ServiceDeps, input: { actor: Acting; committeeId: string; organisation: string }): Promise<Result<AgendaItemAdded, AgendaError>> {
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const allowed = await permit(tx, input.actor.personId, 'agenda.accession', { committeeId: input.committeeId }, today);
    if (!allowed.ok) return allowed;
    const to = await tx.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true } });
    const added = await addItem(tx, { actor: input.actor, subject: input.organisation, reason: 'ACCESSION', toId: input.committeeId, toCode: to.code, fromId: null, now, today });
    if (!added.ok) return added;
    return ok({ ...added.value, from: null, quote: ARTICLES.accession.text, source: `${ARTICLES.accession.seed} ${ARTICLES.accession.where}` });
  });
}

async function addItem(
  tx: Tx,
  i: { actor: Acting; subject: string; reason: 'ESCALATION' | 'ACCESSION'; toId: string; toCode: string; fromId: string | null; now: Date; today: LocalDate },
): Promise<Result<{ subject: string; to: string; next: LocalDate | null }, AgendaError>> {
  const open = await tx.agendaItem.findMany({ where: { committeeId: i.toId, handledAt: null }, select: { subject: true } });
  if (open.some((o) => norm(o.subject) === norm(i.subject))) return err('ON_AGENDA_ALREADY', { subject: i.subject, committee: i.toCode });
  const item = await tx.agendaItem.create({ data: { committeeId: i.toId, subject: i.subject, reason: i.reason, fromId: i.fromId, addedById: i.actor.personId, addedAt: i.now } });
  await audit(tx, i.actor, { action: i.reason === 'ESCALATION' ? 'escalation.raise' : 'agenda.accession', subjectType: 'AgendaItem', subjectId: item.id, committeeId: i.toId, after: item }, i.now);
  const [next] = await nextMeetingDays(tx, i.toId, i.today, 1);
  return ok({ subject: i.subject, to: i.toCode, next: next ?? null });
}

/** The open agenda items of a committee, oldest first, with where they came from. */
export async function listAgendaItems(deps: ServiceDeps, input: { committeeId: string }) {
  const items = await deps.db.agendaItem.findMany({ where: { committeeId: input.committeeId, handledAt: null }, orderBy: { addedAt: 'asc' } });
  const codes = new Map((await deps.db.committee.findMany({ where: { id: { in: items.flatMap((i) => (i.fromId ? [i.fromId] : [])) } }, select: { id: true, code: true } })).map((c) => [c.id, c.code]));
  return items.map((i) => ({ subject: i.subject, reason: i.reason as 'ESCALATION' | 'ACCESSION', from: i.fromId ? codes.get(i.fromId) ?? null : null, addedOn: amsterdamDay(i.addedAt) }));
}
