/**
 * Understanding a message entity-first: the names, dates, roles and meetings are found anywhere in the
 * text (read-message.ts), then the intent is chosen from the cue words (cues.ts) and the slots filled.
 * Pure: the registry's names come in as the catalog, today and the asker as values.
 */
import type { LocalDate } from '../../domain/local-date.ts';
import type { SeatRole } from '../../domain/registry/words.ts';
import type { DutyKind } from '../../domain/schedule/deadlines.ts';
import type { Language } from '../../i18n/catalog.ts';
import type { Catalog, CommitteeName, OrganisationName, PersonName } from '../../services/registry/registry-catalog.ts';
import {
  ABSENCE, ABSENT, CANCEL, DEADLINES_WEEK, DECISION_LIST, DUTY_DONE, DUTY_WORDS, HELP, MEMBERS, MY_DUTIES, REPRESENTS,
  ROTATION, SUBSTITUTE_AFTER, SUBSTITUTE_BEFORE, UNTIL_WORDS, WHEN, WHERE, WITHDRAW_NOTICE,
} from './cues.ts';
import type { DateSpan } from './dates.ts';
import type { EntityKind } from './entities.ts';
import { fromLeftover, readMessage, type ItemOf, type MeetingRef, type Reading, type Slot } from './read-message.ts';
import { ruleTopicOf, type RuleTopic } from './rule-topics.ts';
import { PROPOSAL_WRITES, proposalIntent, type ProposalIntent } from './proposal-cues.ts';
import { IMPASSE_WRITES, impasseIntent, type ImpasseIntent } from './impasse-cues.ts';
import { AGENDA_WRITES, agendaIntent, type AgendaIntent } from './agenda-cues.ts';
import { DIGEST_WRITES, digestIntent, type DigestIntent } from './digest-cues.ts';

export type { MeetingRef, Slot } from './read-message.ts';

type C = Slot<CommitteeName>;

/** What a message asks or says, with its slots filled. */
export type Intent =
  | { readonly kind: 'represents'; readonly organisation: Slot<OrganisationName>; readonly committee: C; readonly day: LocalDate | null; readonly meeting: MeetingRef | null; readonly past: boolean }
  | { readonly kind: 'members'; readonly committee: C; readonly day: LocalDate | null }
  | { readonly kind: 'where'; readonly person: Slot<PersonName>; readonly day: LocalDate | null }
  | { readonly kind: 'role'; readonly role: SeatRole; readonly committee: C; readonly day: LocalDate | null }
  | { readonly kind: 'is-member'; readonly person: Slot<PersonName>; readonly committee: C; readonly role: SeatRole | null; readonly day: LocalDate | null }
  | { readonly kind: 'next-meeting'; readonly committee: C }
  | { readonly kind: 'deadlines-week'; readonly next: boolean; readonly committee: C | null }
  | { readonly kind: 'my-duties' }
  | { readonly kind: 'rotation'; readonly committee: C | null; readonly year: number }
  | { readonly kind: 'absentees'; readonly committee: C; readonly meeting: MeetingRef | null }
  | { readonly kind: 'decision-list'; readonly committee: C; readonly meeting: MeetingRef | null }
  | { readonly kind: 'rule'; readonly topic: RuleTopic; readonly committee: C | null }
  | { readonly kind: 'declare'; readonly committee: C; readonly meeting: MeetingRef; readonly until: DateSpan | null; readonly holder: Slot<PersonName>; readonly substitute: Slot<PersonName> | null }
  | { readonly kind: 'withdraw-notice'; readonly committee: C; readonly meeting: MeetingRef; readonly until: DateSpan | null; readonly holder: Slot<PersonName> }
  | { readonly kind: 'cancel-meeting'; readonly committee: C; readonly meeting: MeetingRef }
  | { readonly kind: 'duty-done'; readonly duty: DutyKind; readonly committee: C; readonly meeting: MeetingRef }
  | { readonly kind: 'help' }
  | ProposalIntent
  | ImpasseIntent
  | AgendaIntent
  | DigestIntent;

/** The intents that change something; never chosen for a message asked as a question. */
export const WRITE_INTENTS: ReadonlySet<Intent['kind']> = new Set(['declare', 'withdraw-notice', 'cancel-meeting', 'duty-done', ...PROPOSAL_WRITES, ...IMPASSE_WRITES, ...AGENDA_WRITES, ...DIGEST_WRITES]);

/** The understanding of one message; `intent` null when it is none the bot knows. */
export interface Understanding {
  readonly intent: Intent | null;
  readonly lang: Language | null;
  readonly question: boolean;
}

/** Who asks and when: what pronouns and relative dates refer to. */
export interface Situation {
  readonly catalog: Catalog;
  readonly today: LocalDate;
  readonly askerId: string | null;
}

/** Understands one message. */
export function understand(text: string, situation: Situation): Understanding {
  const r = readMessage(text, situation.catalog, situation.today);
  return { intent: digestIntent(r) ?? impasseIntent(text, r) ?? proposalIntent(text, r) ?? agendaIntent(text, r) ?? choose(r, situation), lang: r.lang, question: r.question };
}

function choose(r: Reading, s: Situation): Intent | null {
  const shape = r.shape;
  const bare = shape.replace(/§./gu, '').replace(/\s+/gu, ' ').trim();
  if (HELP.test(bare) && r.committees.length === 0) return { kind: 'help' };
  const slots = new Slots(r, s);
  // A date for a read is the day asked about, also when it follows the committee ("the KBO on 1 March").
  const day = r.dates[0]?.day ?? (r.meeting?.kind === 'on' ? r.meeting.date.day : null);
  const relative = r.meeting?.kind === 'on' ? null : r.meeting;
  // Writes first, and only from a statement: "Is de agenda verstuurd?" asks, it does not tell.
  if (!r.question) {
    const write = chooseWrite(r, slots);
    if (write) return write;
  }
  if (MY_DUTIES.test(r.plain)) return { kind: 'my-duties' };
  if (ROTATION.test(r.plain)) return { kind: 'rotation', committee: r.committees[0]?.slot ?? null, year: yearOf(r, s.today) };
  if (DEADLINES_WEEK.test(r.plain)) return { kind: 'deadlines-week', next: /\b(?:volgende|next) week\b/u.test(r.plain), committee: slots.committee() };
  const topic = ruleTopicOf(r);
  if (topic) return { kind: 'rule', topic, committee: slots.committee() };
  if (ABSENT.test(shape) && r.question) {
    const committee = slots.committee();
    if (committee) return { kind: 'absentees', committee, meeting: r.meeting };
  }
  if (DECISION_LIST.test(shape) && !REPRESENTS.test(shape)) {
    const committee = slots.committee();
    if (committee) return { kind: 'decision-list', committee, meeting: r.meeting ?? dated(r) };
  }
  const hasOrganisation = r.organisations.length > 0;
  if (REPRESENTS.test(shape) || (hasOrganisation && r.committees.length > 0 && /\b(?:wie|who)\b/u.test(shape))) {
    const organisation = slots.organisation();
    const committee = slots.committee();
    if (organisation && committee) return { kind: 'represents', organisation, committee, day: relative ? null : day, meeting: relative, past: r.past };
  }
  if (WHEN.test(shape) || (r.meeting?.kind === 'next' && bare.split(' ').length <= 3)) {
    const committee = slots.committee();
    if (committee && !r.people.length) return { kind: 'next-meeting', committee };
  }
  if (r.yesNo && (r.people.length > 0 || r.me || r.leftovers.length > 0)) {
    const person = slots.person();
    const committee = slots.committee();
    if (person && committee) return { kind: 'is-member', person, committee, role: r.role, day };
  }
  if (r.role && r.role !== 'MEMBER') {
    const committee = slots.committee();
    if (committee) return { kind: 'role', role: r.role, committee, day };
  }
  if (WHERE.test(shape) || (r.people.length > 0 && r.committees.length === 0 && /\b(?:zit|zat|sits?|sat|member|lid)\b/u.test(shape))) {
    const person = slots.person();
    if (person) return { kind: 'where', person, day };
  }
  if (MEMBERS.test(shape) || (r.committees.length > 0 && /\b(?:wie|who)\b/u.test(shape) && r.people.length === 0)) {
    const committee = slots.committee();
    if (committee) return { kind: 'members', committee, day };
  }
  return null;
}

function chooseWrite(r: Reading, slots: Slots): Intent | null {
  const until = untilOf(r);
  const meeting = r.meeting ?? dated(r, until);
  if (WITHDRAW_NOTICE.test(r.plain) && (r.me || r.people.length > 0)) {
    const committee = slots.committee();
    const holder = r.people[0]?.slot ?? slots.me();
    if (committee && meeting && holder) return { kind: 'withdraw-notice', committee, meeting, until, holder };
  }
  if (ABSENCE.test(r.shape) && (r.me || r.people.length > 0)) {
    const committee = slots.committee();
    if (!committee || !meeting) return null;
    const substituteAt = r.people.find((p) => SUBSTITUTE_AFTER.has(r.tokens[p.to]?.norm ?? '') || SUBSTITUTE_BEFORE.has(r.tokens[p.at - 1]?.norm ?? ''));
    const holder = r.people.find((p) => p !== substituteAt);
    const holderSlot = holder?.slot ?? slots.me();
    if (!holderSlot) return null;
    return { kind: 'declare', committee, meeting, until, holder: holderSlot, substitute: substituteAt?.slot ?? slots.substituteFromLeftover() };
  }
  if (CANCEL.test(r.shape)) {
    const committee = slots.committee();
    if (committee && meeting) return { kind: 'cancel-meeting', committee, meeting };
  }
  const duty = r.tokens.map((t) => DUTY_WORDS[t.norm]).find((d) => d !== undefined);
  if (duty && DUTY_DONE.test(r.shape)) {
    const committee = slots.committee();
    if (committee && meeting) return { kind: 'duty-done', duty, committee, meeting };
  }
  return null;
}

/** The year asked about: "2027", "volgend jaar" / "next year", else this year. */
function yearOf(r: Reading, today: LocalDate): number {
  const thisYear = Number(today.slice(0, 4));
  const typed = r.tokens.find((t) => /^20\d\d$/u.test(t.norm));
  if (typed) return Number(typed.norm);
  if (/\b(?:volgend|volgende|komend|komende|next|coming) (?:jaar|year)\b/u.test(r.plain)) return thisYear + 1;
  if (/\b(?:vorig|vorige|afgelopen|last|previous) (?:jaar|year)\b/u.test(r.plain)) return thisYear - 1;
  return thisYear;
}

/** A date alone as the meeting: "agenda SBO 12 maart is verstuurd"; never the last day of a period. */
function dated(r: Reading, until: DateSpan | null = null): MeetingRef | null {
  const date = r.dates.find((d) => d !== until);
  return date ? { kind: 'on', date } : null;
}

/** The last day of a period: the date after "tot", "tot en met", "t/m", "until", "to". */
function untilOf(r: Reading): DateSpan | null {
  for (const d of r.dates) {
    const at = r.tokens.findIndex((t) => t.start >= d.start);
    const before = (k: number) => r.tokens[at - k]?.norm ?? '';
    const tm = before(1) === 'm' && before(2) === 't';
    const totEnMet = before(1) === 'met' && before(2) === 'en' && before(3) === 'tot';
    if (at > 0 && (UNTIL_WORDS.has(before(1)) || tm || totEnMet)) return d;
  }
  return null;
}

/** The slots of one reading: a found name first, else the closest leftover run of words. */
class Slots {
  private readonly used = new Set<number>();
  constructor(private readonly r: Reading, private readonly s: Situation) {}

  committee(): C | null {
    return this.r.committees[0]?.slot ?? this.leftover('committee');
  }

  organisation(): Slot<OrganisationName> | null {
    return this.r.organisations[0]?.slot ?? this.leftover('organisation');
  }

  person(): Slot<PersonName> | null {
    return this.r.people[0]?.slot ?? this.me() ?? this.leftover('person');
  }

  me(): Slot<PersonName> | null {
    if (!this.r.me || this.s.askerId === null) return null;
    const asker = this.s.catalog.people.find((p) => p.id === this.s.askerId) ?? null;
    return asker ? { item: asker, typed: asker.email ?? asker.name, guess: asker } : null;
  }

  substituteFromLeftover(): Slot<PersonName> | null {
    return /\b(?:vervangt|replaces|neemt|valt|stands|takes)\b/u.test(this.r.shape) ? this.leftover('person') : null;
  }

  private leftover<K extends EntityKind>(kind: K): Slot<ItemOf[K]> | null {
    for (const l of this.r.leftovers) {
      if (this.used.has(l.at)) continue;
      const slot = fromLeftover(this.s.catalog, kind, l);
      if (slot) {
        this.used.add(l.at);
        return slot;
      }
    }
    return null;
  }
}
