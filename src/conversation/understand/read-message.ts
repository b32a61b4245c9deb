/**
 * Reading a message before choosing what it asks: its words, dates, names, roles, pronouns and meeting
 * references, found anywhere in the text, and its shape (the words with every name as a marker).
 */
import type { LocalDate } from '../../domain/local-date.ts';
import type { SeatRole } from '../../domain/registry/words.ts';
import type { Language } from '../../i18n/catalog.ts';
import type { Catalog, CommitteeName, OrganisationName, PersonName } from '../../services/registry/registry-catalog.ts';
import {
  DUTCH, ENGLISH, MARK, ME_WORDS, MEETING_WORDS, NEXT_WORDS, PAST_WORDS, PREVIOUS_WORDS, ROLE_WORDS, THEM_WORDS, WH_WORDS, YES_NO_OPENERS,
} from './cues.ts';
import { findDates, type DateSpan } from './dates.ts';
import { findEntities, nearest, type EntityKind, type EntitySpan } from './entities.ts';

/** The registry item each kind of name stands for. */
export interface ItemOf {
  readonly committee: CommitteeName;
  readonly organisation: OrganisationName;
  readonly person: PersonName;
}
import { FUNCTION_WORDS, POLITE, wordsOf, type Token } from './tokens.ts';

/**
 * A name the message gives for a slot: found in the registry (`item`), or only typed (`item` null:
 * unknown, misspelt or shared by several), with the closest known name as `guess`. The answer resolves
 * `typed` again, so the asker gets the same "did you mean" as everywhere else.
 */
export interface Slot<T> {
  readonly item: T | null;
  readonly typed: string;
  readonly guess: T | null;
}

/** A meeting the message points at: "het volgende SBO", "de vorige BOSD", "het SBO van 12 maart". */
export type MeetingRef = { readonly kind: 'next' } | { readonly kind: 'previous' } | { readonly kind: 'on'; readonly date: DateSpan };

/** A name found with where it stands. */
export interface Found<T> {
  readonly slot: Slot<T>;
  /** Token index of its first word. */
  readonly at: number;
  readonly to: number;
}

/** Everything read from one message. */
export interface Reading {
  readonly tokens: readonly Token[];
  /** The normalized words, names as markers (cues.ts). */
  readonly shape: string;
  /** The normalized words, dates as written ("deze week" stays two words). */
  readonly plain: string;
  readonly lang: Language | null;
  /** Asked as a question: a "?", a question word, or a verb first ("Is Karin Smit lid ..."). */
  readonly question: boolean;
  readonly yesNo: boolean;
  readonly past: boolean;
  readonly committees: readonly Found<CommitteeName>[];
  readonly organisations: readonly Found<OrganisationName>[];
  readonly people: readonly Found<PersonName>[];
  readonly dates: readonly DateSpan[];
  /** The meeting of the first committee that has one. */
  readonly meeting: MeetingRef | null;
  readonly role: SeatRole | null;
  readonly me: boolean;
  readonly them: boolean;
  /** Runs of words that are no known name or word: misspelt or unknown names, for a missing slot. */
  readonly leftovers: readonly { readonly text: string; readonly at: number; readonly capital: boolean }[];
}

/** Reads a message against the registry's names; `today` anchors relative dates. */
export function readMessage(text: string, catalog: Catalog, today: LocalDate): Reading {
  const tokens = wordsOf(text);
  const dates = findDates(text, today);
  const inDate = new Set<number>();
  tokens.forEach((t, i) => {
    if (dates.some((d) => t.start < d.end && d.start < t.end)) inDate.add(i);
  });
  const spans = findEntities(catalog, tokens, inDate).filter((s) => !(s.to - s.from === 1 && isWord(tokens[s.from]!)));
  const marks = new Map<number, { to: number; mark: string }>();
  const found = { committee: [] as Found<CommitteeName>[], organisation: [] as Found<OrganisationName>[], person: [] as Found<PersonName>[] };
  for (const span of spans) {
    const kinds = [...new Set(span.entities.map((e) => e.kind))];
    for (const kind of kinds) addFound(found, kind, span);
    marks.set(span.from, { to: span.to, mark: MARK[kinds[0]!] });
  }
  for (const d of dates) {
    const first = tokens.findIndex((t) => t.start < d.end && d.start < t.end);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && inDate.has(last + 1) && tokens[last + 1]!.start < d.end) last++;
    if (!marks.has(first)) marks.set(first, { to: last + 1, mark: MARK.date });
  }
  const words: string[] = [];
  const leftovers: { text: string; at: number; capital: boolean }[] = [];
  let run: Token[] = [];
  let runAt = 0;
  const flush = () => {
    // Infix words ("Horst aan de Maas", "Jan de Vris") belong to a name only between its words.
    while (run.length && isWord(run[run.length - 1]!)) run.pop();
    if (run.length) leftovers.push({ text: run.map((t) => t.raw).join(' '), at: runAt, capital: run.some((t) => t.capital) });
    run = [];
  };
  for (let i = 0; i < tokens.length; ) {
    const mark = marks.get(i);
    if (mark) {
      flush();
      words.push(mark.mark);
      i = mark.to;
      continue;
    }
    const t = tokens[i]!;
    words.push(t.norm);
    const infix = run.length > 0 && INFIX.has(t.norm) && tokens[i + 1]?.capital === true && !marks.has(i + 1);
    if (!isWord(t) || infix) {
      if (run.length === 0) runAt = i;
      run.push(t);
    } else {
      flush();
    }
    i++;
  }
  flush();
  const content = tokens.filter((t) => !POLITE.has(t.norm));
  const first = content[0]?.norm ?? '';
  const wh = tokens.some((t) => WH_WORDS.has(t.norm));
  const yesNo = !wh && YES_NO_OPENERS.has(first);
  const dateInMeeting = new Set<DateSpan>();
  const meeting = meetingOf(tokens, found.committee, dates, dateInMeeting);
  return {
    tokens,
    shape: words.join(' '),
    plain: tokens.map((t) => t.norm).join(' '),
    lang: languageOf(tokens),
    question: text.includes('?') || wh || yesNo,
    yesNo,
    past: tokens.some((t) => PAST_WORDS.has(t.norm)),
    committees: found.committee,
    organisations: found.organisation,
    people: found.person,
    dates: dates.filter((d) => !dateInMeeting.has(d)),
    meeting,
    role: roleOf(tokens),
    me: tokens.some((t) => ME_WORDS.has(t.norm)),
    them: tokens.some((t) => THEM_WORDS.has(t.norm)),
    leftovers,
  };
}

const INFIX = new Set(['de', 'den', 'der', 'van', 'aan', 'ter', 'te', 'en', 'het', 'op', 'in']);

/** A function word, greeting, cue or role word: never a name by itself. */
function isWord(t: Token): boolean {
  return FUNCTION_WORDS.has(t.norm) || POLITE.has(t.norm) || CUE_WORDS.has(t.norm) || Object.hasOwn(ROLE_WORDS, t.norm) || /^\d+$/u.test(t.norm);
}

/** Cue words of every intent: not leftovers either. */
const CUE_WORDS = new Set([
  ...NEXT_WORDS, ...PREVIOUS_WORDS, ...MEETING_WORDS, ...ME_WORDS, ...THEM_WORDS, ...PAST_WORDS, ...WH_WORDS,
  'vertegenwoordigt', 'vertegenwoordigen', 'represents', 'represent', 'leden', 'members', 'lid', 'member', 'verhinderd', 'afwezig',
  'aanwezig', 'vervangt', 'vervangen', 'vervanger', 'vervanging', 'replaces', 'replace', 'substitute', 'attend', 'cant', 'cannot',
  'wont', 'gaat', 'door', 'afgelast', 'cancelled', 'canceled', 'agenda', 'stukken', 'verslag', 'notulen', 'minutes', 'papers',
  'besluitenlijst', 'verstuurd', 'gepubliceerd', 'klaar', 'sent', 'published', 'done', 'deadlines', 'deadline', 'termijnen', 'termijn',
  'week', 'vergadert', 'meet', 'meets', 'open', 'staat', 'due', 'absent', 'missing', 'neemt', 'over', 'valt', 'stands', 'takes',
  'seat', 'zetel', 'zetels', 'seats', 'gremia', 'gremium', 'committees', 'committee', 'welke', 'wanneer', 'mag', 'stemmen', 'vote',
  'votes', 'besluiten', 'decide', 'decisions', 'regel', 'rule', 'rules', 'maakt', 'makes', 'dagen', 'days', 'vaak', 'often', 'doel',
  'purpose', 'samenstelling', 'composition', 'escaleren', 'escalate', 'aanspreekpunt', 'contact', 'regio', 'region', 'mandaat', 'mandate',
  'besluitregel', 'rond', 'moet', 'komt', 'uit', 'eruit', 'weet', 'know', 'tell', 'vertel', 'graag', 'zien', 'toon', 'show', 'lijst', 'list',
]);

function addFound(found: { committee: Found<CommitteeName>[]; organisation: Found<OrganisationName>[]; person: Found<PersonName>[] }, kind: EntityKind, span: EntitySpan): void {
  const items = span.entities.filter((e) => e.kind === kind).map((e) => e.item);
  const slot = { item: items.length === 1 ? items[0]! : null, typed: span.text, guess: items[0] ?? null };
  (found[kind] as Found<unknown>[]).push({ slot, at: span.from, to: span.to });
}

function roleOf(tokens: readonly Token[]): SeatRole | null {
  for (const t of tokens) if (Object.hasOwn(ROLE_WORDS, t.norm) && ROLE_WORDS[t.norm] !== 'MEMBER') return ROLE_WORDS[t.norm]!;
  return tokens.some((t) => t.norm === 'lid' || t.norm === 'member') ? 'MEMBER' : null;
}

/** "het volgende SBO", "de vorige BOSD", "next KBO meeting", "het SBO van 12 maart", "de volgende vergadering van het SBO". */
function meetingOf(tokens: readonly Token[], committees: readonly Found<CommitteeName>[], dates: readonly DateSpan[], used: Set<DateSpan>): MeetingRef | null {
  for (const c of committees) {
    const before: string[] = [];
    for (let i = c.at - 1; i >= 0 && before.length < 5; i--) before.push(tokens[i]!.norm);
    const near = before.filter((w) => !['het', 'de', 'the', 'van', 'of', 'vergadering', 'meeting', 'overleg', 'bijeenkomst'].includes(w)).slice(0, 1);
    if (near.some((w) => NEXT_WORDS.has(w))) return { kind: 'next' };
    if (near.some((w) => PREVIOUS_WORDS.has(w))) return { kind: 'previous' };
    let i = c.to;
    if (MEETING_WORDS.has(tokens[i]?.norm ?? '')) i++;
    if (['van', 'op', 'on', 'of', 'dd'].includes(tokens[i]?.norm ?? '')) i++;
    const date = dates.find((d) => tokens[i] !== undefined && d.start <= tokens[i]!.start && tokens[i]!.start < d.end);
    if (date && i > c.to) {
      used.add(date);
      return { kind: 'on', date };
    }
  }
  return null;
}

/** Dutch or English by the words that tell; null when they do not. */
function languageOf(tokens: readonly Token[]): Language | null {
  let nl = 0;
  let en = 0;
  for (const t of tokens) {
    if (DUTCH.has(t.norm)) nl++;
    if (ENGLISH.has(t.norm)) en++;
  }
  if (nl === en) return null;
  return nl > en ? 'nl' : 'en';
}

/** Fills a slot from a leftover run of words: the closest known name of that kind, if any is close enough. */
export function fromLeftover<K extends EntityKind>(catalog: Catalog, kind: K, leftover: { text: string; capital: boolean }): Slot<ItemOf[K]> | null {
  const near = nearest(catalog, kind, leftover.text);
  if (near) return { item: null, typed: leftover.text, guess: near.item as ItemOf[K] };
  return leftover.capital ? { item: null, typed: leftover.text, guess: null } : null;
}
