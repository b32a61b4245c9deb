/**
 * Who may do what, as one table of data (issue 13, point 1): every command that changes a committee,
 * the offices that may give it, the refusal anyone else gets, and the limits that hold even for the
 * office holder (point 3). The services ask {@link authorize} (authorize.ts), which reads this table
 * and nothing else; docs/permissions.md is generated from it and checked against it by a test, and
 * test/services/permissions-table.test.ts tries every cell on a real database.
 *
 * How to read a row: an administrator may always, and is never limited (she records history and
 * organisation-wide mandates). Anyone else may only through one of `offices`, held in the committee
 * the command changes, on a seat that runs today: an office that ended or has not begun counts for
 * nothing. Otherwise the answer is `refusal` (or `refusalForSelf` about herself). Whoever may is still
 * refused by each of `limits` that applies, in the order listed.
 */
import type { SeatRole } from '../registry/words.ts';

/** Every guarded command, by what it does. */
export const ACTIONS = [
  'seat.add',
  'seat.end',
  'mandate.record',
  'mandate.revoke',
  'attendance.record',
  'meeting.plan',
  'channel.bind',
  'poll.open',
  'poll.close',
  'duty.done',
  'duty.done.agenda',
  'duty.done.named',
  'account.link',
  'proposal.submit',
  'proposal.react',
  'proposal.work-out',
  'proposal.decide',
  'impasse.start',
  'impasse.deliver',
  'impasse.step',
  'escalation.raise',
  'agenda.accession',
] as const;
/** One of {@link ACTIONS}. */
export type Action = (typeof ACTIONS)[number];

/**
 * The answer to someone without the office:
 * NOT_COMMITTEE_SECRETARY (only the committee's secretary), NOT_POLL_MANAGER (its secretary or chair),
 * NOT_MANDATE_MANAGER (the secretary of the committee the mandate is for), NOT_DUTY_HOLDER (who carries
 * the duty), NOT_IDENTITY_MANAGER (administrators only), OWN_ACCOUNT_BY_EMAIL (one's own account is
 * linked only through the e-mail address the platform verified, never by typing it), NOT_COMMITTEE_PARTY
 * (only a party of the committee: 002 art. 5.4 "Iedere Partij kan concrete voorstellen doen"),
 * NOT_PROCEDURE_MANAGER (a step of a procedure, such as marking a proposal worked out at the Fysieke
 * overlegtafel or the next step of an impasse: the committee's secretary or chair).
 */
export type Refusal = 'NOT_COMMITTEE_SECRETARY' | 'NOT_POLL_MANAGER' | 'NOT_MANDATE_MANAGER' | 'NOT_DUTY_HOLDER' | 'NOT_IDENTITY_MANAGER' | 'OWN_ACCOUNT_BY_EMAIL' | 'NOT_COMMITTEE_PARTY' | 'NOT_PROCEDURE_MANAGER';

/**
 * What even the office holder may not do (an administrator may):
 * - BACKDATED_SEAT: a seat whose first day lies more than {@link BACKDATE_GRACE_DAYS} days before today
 *   (it would give rights, or rewrite who sat where, with retroactive effect).
 * - SELF_VOTING_SEAT: a member seat (a vote) for oneself.
 * - ORGANISATION_WIDE_MANDATE: a mandate for every committee ("bestuurlijk", "algemeen"); a secretary
 *   records mandates for her own committee.
 * - SELF_MANDATE: a mandate for oneself: an organisation states in writing who represents it, its
 *   secretary does not appoint herself.
 *
 * ORGANISATION_WIDE_MANDATE is the one limit on a target beyond any one committee: whoever holds one
 * of the row's offices somewhere today gets it; anyone else gets the row's refusal.
 */
export type Limit = 'BACKDATED_SEAT' | 'SELF_VOTING_SEAT' | 'ORGANISATION_WIDE_MANDATE' | 'SELF_MANDATE';

/** One row of the table. */
export interface Permission {
  /** The commands (Dutch form) that take this action. */
  readonly commands: readonly string[];
  /** What the action does, for docs/permissions.md. */
  readonly what: { readonly nl: string; readonly en: string };
  /** The seat roles that may, in the committee the action changes, while their seat runs. */
  readonly offices: readonly SeatRole[];
  /** The answer to anyone without one of the offices. */
  readonly refusal: Refusal;
  /** The answer instead of `refusal` when the action is about the actor herself (her own account). */
  readonly refusalForSelf?: Refusal;
  /** The limits on those who may, checked in this order. */
  readonly limits: readonly Limit[];
}

/**
 * Days a seat may have begun before today when a secretary adds it: a change is often recorded a few
 * days after the meeting that decided it. Older seats are history, recorded by an administrator (or
 * the region workbook), so that nobody gives a seat, and the rights it carries, with retroactive effect.
 */
export const BACKDATE_GRACE_DAYS = 14;

/** The table. */
export const PERMISSIONS: Readonly<Record<Action, Permission>> = {
  'seat.add': {
    commands: ['/gremium zetel toevoegen'],
    what: { nl: 'een zetel toevoegen', en: 'add a seat' },
    offices: ['SECRETARY'],
    refusal: 'NOT_COMMITTEE_SECRETARY',
    limits: ['BACKDATED_SEAT', 'SELF_VOTING_SEAT'],
  },
  'seat.end': {
    commands: ['/gremium zetel beeindigen'],
    what: { nl: 'een zetel beëindigen', en: 'end a seat' },
    offices: ['SECRETARY'],
    refusal: 'NOT_COMMITTEE_SECRETARY',
    limits: [],
  },
  'mandate.record': {
    commands: ['/gremium mandaat vastleggen'],
    what: { nl: 'een mandaat vastleggen (voor één gremium)', en: 'record a mandate (for one committee)' },
    offices: ['SECRETARY'],
    refusal: 'NOT_MANDATE_MANAGER',
    limits: ['ORGANISATION_WIDE_MANDATE', 'SELF_MANDATE'],
  },
  'mandate.revoke': {
    commands: ['/gremium mandaat intrekken'],
    what: { nl: 'een mandaat intrekken (voor één gremium)', en: 'revoke a mandate (for one committee)' },
    offices: ['SECRETARY'],
    refusal: 'NOT_MANDATE_MANAGER',
    limits: ['ORGANISATION_WIDE_MANDATE'],
  },
  'attendance.record': {
    commands: ['/gremium aanwezigheid', '/gremium verhinderd lid=<persoon> (ook voor een periode: tot=<datum>)', '/gremium verhinderd intrekken lid=<persoon>'],
    what: { nl: 'aanwezigheid en afmeldingen van leden vastleggen', en: "record attendance and members' notices of absence" },
    offices: ['SECRETARY'],
    refusal: 'NOT_COMMITTEE_SECRETARY',
    limits: [],
  },
  'meeting.plan': {
    commands: ['/gremium vergadering toevoegen', '/gremium vergadering verplaatsen', '/gremium vergadering afgelasten', '/gremium voorstel'],
    what: { nl: 'vergaderingen en voorstellen plannen', en: 'plan meetings and proposals' },
    offices: ['SECRETARY'],
    refusal: 'NOT_COMMITTEE_SECRETARY',
    limits: [],
  },
  'channel.bind': {
    commands: ['/gremium kanaal'],
    what: { nl: 'het kanaal van het gremium kiezen', en: "choose the committee's channel" },
    offices: ['SECRETARY'],
    refusal: 'NOT_COMMITTEE_SECRETARY',
    limits: [],
  },
  'poll.open': {
    commands: ['/gremium peiling openen'],
    what: { nl: 'een peiling openen', en: 'open a poll' },
    offices: ['SECRETARY', 'CHAIR'],
    refusal: 'NOT_POLL_MANAGER',
    limits: [],
  },
  'poll.close': {
    commands: ['/gremium peiling sluiten'],
    what: { nl: 'een peiling vroeg sluiten', en: 'close a poll early' },
    offices: ['SECRETARY', 'CHAIR'],
    refusal: 'NOT_POLL_MANAGER',
    limits: [],
  },
  'duty.done': {
    commands: ['/gremium gedaan'],
    what: { nl: 'een termijn (stukken, verslag, besluitenlijst) afvinken', en: 'mark a deadline (papers, minutes, decision list) done' },
    offices: ['SECRETARY', 'CHAIR'],
    refusal: 'NOT_DUTY_HOLDER',
    limits: [],
  },
  'duty.done.agenda': {
    commands: ['/gremium gedaan agenda'],
    what: { nl: 'de agenda afvinken (000 art. 5: de agendacommissie)', en: 'mark the agenda done (000 art. 5: the agenda committee)' },
    offices: ['SECRETARY', 'CHAIR', 'AGENDA_COMMITTEE'],
    refusal: 'NOT_DUTY_HOLDER',
    limits: [],
  },
  'duty.done.named': {
    commands: ['/gremium gedaan'],
    what: {
      nl: 'een termijn afvinken die de regels van een gremium bij de voorzitter van een ander gremium leggen ("ORO-voorzitter"); het gremium is dan dat andere',
      en: 'mark done a deadline that a committee\'s rules give to another committee\'s chair ("ORO-voorzitter"); the committee is then that other one',
    },
    offices: ['CHAIR'],
    refusal: 'NOT_DUTY_HOLDER',
    limits: [],
  },
  'account.link': {
    commands: ['/gremium koppel'],
    what: { nl: 'een chataccount aan iemand koppelen', en: 'link a chat account to someone' },
    offices: [],
    refusal: 'NOT_IDENTITY_MANAGER',
    refusalForSelf: 'OWN_ACCOUNT_BY_EMAIL',
    limits: [],
  },
  'proposal.submit': {
    commands: ['/gremium voorstel indienen', '/gremium signaal', '/gremium pilot aanvragen'],
    what: {
      nl: 'een voorstel of signaal indienen (002 art. 5.4, 5.5), een pilot aanvragen (art. 10.2)',
      en: 'submit a proposal or signal (002 art. 5.4, 5.5), request a pilot (art. 10.2)',
    },
    offices: ['MEMBER', 'SECRETARY', 'CHAIR'],
    refusal: 'NOT_COMMITTEE_PARTY',
    limits: [],
  },
  'proposal.react': {
    commands: ['/gremium reactie'],
    what: { nl: 'namens een partij reageren op een voorlopig voorstel (002 art. 5.6)', en: 'react to a provisional proposal for a party (002 art. 5.6)' },
    offices: ['MEMBER', 'SECRETARY'],
    refusal: 'NOT_COMMITTEE_PARTY',
    limits: [],
  },
  'proposal.work-out': {
    commands: ['/gremium voorstel uitgewerkt'],
    what: { nl: 'een voorlopig voorstel als uitgewerkt aanmerken (002 art. 5.6)', en: 'mark a provisional proposal worked out (002 art. 5.6)' },
    offices: ['SECRETARY', 'CHAIR'],
    refusal: 'NOT_PROCEDURE_MANAGER',
    limits: [],
  },
  'proposal.decide': {
    commands: ['/gremium voorstel besluit', '/gremium pilot besluit'],
    what: {
      nl: 'het besluit van de Gemeente vastleggen (002 art. 9.1-9.3, 10.4)',
      en: "record the municipality's decision (002 art. 9.1-9.3, 10.4)",
    },
    offices: ['SECRETARY'],
    refusal: 'NOT_COMMITTEE_SECRETARY',
    limits: [],
  },
  'impasse.start': {
    commands: ['/gremium impasse starten'],
    what: { nl: 'de impasseprocedure starten (004 bijlage 2)', en: 'start the impasse procedure (004 appendix 2)' },
    offices: ['MEMBER', 'SECRETARY', 'CHAIR'],
    refusal: 'NOT_COMMITTEE_PARTY',
    limits: [],
  },
  'impasse.deliver': {
    commands: ['/gremium impasse document', '/gremium impasse argumenten'],
    what: { nl: 'namens een partij het impassedocument of de argumenten inleveren (004 bijlage 2, stap 1 en 2b)', en: 'deliver the impasse document or the arguments for a party (004 appendix 2, steps 1 and 2b)' },
    offices: ['MEMBER', 'SECRETARY'],
    refusal: 'NOT_COMMITTEE_PARTY',
    limits: [],
  },
  'impasse.step': {
    commands: ['/gremium impasse stap'],
    what: { nl: 'de volgende stap van een impasse vastleggen (004 bijlage 2)', en: 'record the next step of an impasse (004 appendix 2)' },
    offices: ['SECRETARY', 'CHAIR'],
    refusal: 'NOT_PROCEDURE_MANAGER',
    limits: [],
  },
  'escalation.raise': {
    commands: ['/gremium escaleren'],
    what: { nl: 'een onderwerp opschalen naar het gremium waarnaar dit gremium escaleert (001: werkgroep, ORO, SBO)', en: 'escalate a subject to the committee this one escalates to (001: working group, ORO, SBO)' },
    offices: ['MEMBER', 'SECRETARY', 'CHAIR'],
    refusal: 'NOT_COMMITTEE_PARTY',
    limits: [],
  },
  'agenda.accession': {
    commands: ['/gremium toetreding'],
    what: { nl: 'een tussentijdse toetreding agenderen (001 SBO)', en: 'put an interim accession on the agenda (001 SBO)' },
    offices: ['MEMBER', 'SECRETARY', 'CHAIR'],
    refusal: 'NOT_COMMITTEE_PARTY',
    limits: [],
  },
};
