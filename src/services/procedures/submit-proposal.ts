/**
 * `/gremium voorstel indienen INKOOP Tarieven 2027`, `/gremium signaal INKOOP ...`: a party puts a
 * proposal or a signal on the Fysieke overlegtafel's list. 002 art. 5.4: "Iedere Partij kan concrete
 * voorstellen doen voor verbetering, aanpassing of verwijdering van (delen van) deze afspraken en van de
 * Raamovereenkomst." ... "Deze voorstellen worden meegenomen in de Fysieke overlegtafel." Art. 5.5:
 * "Iedere Partij en Inwoner kan signalen afgeven die relevant zijn voor de uitvoering van de
 * Raamovereenkomst." A pilot request (art. 10) is submitted the same way, with its plan's period and
 * providers (art. 10.3), and waits for the municipality's consent (art. 10.4).
 */
import { fromLocalDate } from '../../db/dates.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { ARTICLES } from '../../domain/procedures/articles.ts';
import { refuse } from '../../domain/procedures/proposal-stage.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { ok, type DomainError, type Result } from '../../domain/result.ts';
import { checkText, type TextError } from '../../domain/user-text.ts';
import { audit } from '../audit.ts';
import { permit, type PermissionError } from '../authorize.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { lockFor } from '../lock.ts';
import { activeOn } from '../registry/seat-filters.ts';
import { transact } from '../transact.ts';
import { nextProposalNumber } from './proposal-lookup.ts';

/** What the party typed, names resolved. */
export interface SubmitProposalInput {
  readonly actor: Actor & { personId: string };
  readonly committeeId: string;
  readonly kind: 'PROPOSAL' | 'SIGNAL' | 'PILOT';
  readonly title: string;
  /** 002 art. 5.7: cost, price or innovation information, never published. */
  readonly confidential: boolean;
  /** A pilot's period and its providers (organisation ids), art. 10.3. */
  readonly pilot?: { readonly from: LocalDate; readonly until: LocalDate; readonly providerIds: readonly string[] };
}

/**
 * Error codes: NOT_COMMITTEE_PARTY from the permission table, TEXT_TOO_LONG / TEXT_CONTROL_CHARACTER
 * (the title), and PILOT_PLAN_INCOMPLETE: a pilot without a bounded period (until after from) or
 * without providers (art. 10.3 "een afgebakende tijdperiode, een beperkt aantal deelnemende
 * aanbieders"; params `quote`, `source`).
 */
export type SubmitProposalError = PermissionError | TextError | DomainError<'PILOT_PLAN_INCOMPLETE'>;

/** Adds the proposal, signal or pilot request in one audited transaction; it gets the committee's next number. */
export async function submitProposal(
  deps: ServiceDeps,
  input: SubmitProposalInput,
): Promise<Result<{ id: string; number: number; code: string; title: string; kind: string; party: string | null }, SubmitProposalError>> {
  const title = checkText('title', input.title.trim());
  if (!title.ok) return title;
  const now = deps.now();
  const today = amsterdamDay(now);
  return transact(deps, async (tx) => {
    const allowed = await permit(tx, input.actor.personId, 'proposal.submit', { committeeId: input.committeeId }, today);
    if (!allowed.ok) return allowed;
    if (input.kind === 'PILOT' && (!input.pilot || input.pilot.until <= input.pilot.from || input.pilot.providerIds.length === 0)) {
      return refuse('PILOT_PLAN_INCOMPLETE', ARTICLES.pilotPlan);
    }
    // The party is the organisation the submitter sits for in this committee (a member's seat first).
    const seats = await tx.seat.findMany({
      where: { committeeId: input.committeeId, personId: input.actor.personId, ...activeOn(today) },
      select: { role: true, onBehalfOf: { select: { id: true, name: true } } },
    });
    const seat = seats.find((s) => s.role === 'MEMBER') ?? seats[0] ?? null;
    await lockFor(tx, `proposal-number:${input.committeeId}`);
    const number = await nextProposalNumber(tx, input.committeeId);
    const proposal = await tx.proposal.create({
      data: {
        committeeId: input.committeeId, number, kind: input.kind, title: title.value, onBehalfOfId: seat?.onBehalfOf.id ?? null,
        submittedById: input.actor.personId, confidential: input.confidential, stage: 'SUBMITTED', createdAt: now,
        ...(input.pilot ? { pilotFrom: fromLocalDate(input.pilot.from), pilotUntil: fromLocalDate(input.pilot.until), pilotProviders: [...input.pilot.providerIds] } : {}),
      },
      include: { committee: { select: { code: true } } },
    });
    const { committee, ...row } = proposal;
    // A confidential title stays out of the audit's readable snapshot as well: the entry names the number.
    await audit(tx, input.actor, { action: `proposal.submit`, subjectType: 'Proposal', subjectId: proposal.id, committeeId: input.committeeId, after: input.confidential ? { ...row, title: `#${number}` } : row }, now);
    return ok({ id: proposal.id, number, code: committee.code, title: title.value, kind: input.kind, party: seat?.onBehalfOf.name ?? null });
  });
}
