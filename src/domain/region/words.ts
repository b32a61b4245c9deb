/**
 * The words a secretary writes in the region workbook's cells, mapped onto the registry's enums
 * (DOMAIN.md, "Region workbook"): kinds of organisation, decision rules, substitution rules, vote
 * per seat or party, articles, languages. Each table lists the word the export writes first, then
 * other spellings; case, accents, spaces and punctuation do not matter ("meerderheid + 1" is
 * "meerderheid+1"). An unknown word gets the closest known one as "did you mean".
 */
import { normalizeName, suggest } from '../names.ts';
import type { SheetLanguage } from '../registry/membership-headers.ts';
import type { DecisionRule, OrganisationKind, SubstituteRule } from '../registry/words.ts';

/** One value's words: what the export writes in Dutch and English, and what else is read. */
export interface WordEntry<V extends string> {
  readonly value: V;
  readonly nl: string;
  readonly en: string;
  readonly also?: readonly string[];
}

/** A word's comparison key: no case, accents, spaces or punctuation ("Voor-tegen" = "voor tegen"). */
export function wordKey(value: string): string {
  return normalizeName(value.replace(/\+/g, ' plus ')).replace(/ /g, '');
}

/** Reading a word: the value, or the closest word of the table as a suggestion (or none). */
export type WordLookup<V extends string> = { readonly ok: true; readonly value: V } | { readonly ok: false; readonly suggestion: string | null };

/** A word table: read a cell, write a value, list the words for an error message. */
export interface WordTable<V extends string> {
  read(value: string): WordLookup<V>;
  write(value: V, lang: SheetLanguage): string;
  /** The words the export writes, in the given language, for "choose one of". */
  choices(lang: SheetLanguage): string[];
}

/** Builds a table; the enum name itself ("ABSOLUTE_MAJORITY") is always read too. */
export function wordTable<V extends string>(entries: readonly WordEntry<V>[]): WordTable<V> {
  const byKey = new Map<string, V>();
  for (const e of entries) for (const w of [e.value, e.nl, e.en, ...(e.also ?? [])]) byKey.set(wordKey(w), e.value);
  const named = entries.map((e) => ({ id: e.value, names: [e.nl, e.en, ...(e.also ?? [])] }));
  const byValue = new Map(entries.map((e) => [e.value, e]));
  return {
    read(value) {
      const hit = byKey.get(wordKey(value));
      if (hit !== undefined) return { ok: true, value: hit };
      const near = suggest(named, value, 1)[0];
      return { ok: false, suggestion: near ? near.name : null };
    },
    write(value, lang) {
      const e = byValue.get(value);
      if (e === undefined) throw new Error(`no word for ${value}`);
      return e[lang];
    },
    choices(lang) {
      return entries.map((e) => e[lang]);
    },
  };
}

/** Kinds of organisation. A coalition is stored as a combination: both are led by a penvoerder (000 art. 3). */
export const KIND_WORDS = wordTable<OrganisationKind>([
  { value: 'MUNICIPALITY', nl: 'gemeente', en: 'municipality', also: ['gemeenten', 'municipalities', 'wethouder', 'centrumgemeente'] },
  { value: 'PROVIDER', nl: 'aanbieder', en: 'provider', also: ['aanbieders', 'zorgaanbieder', 'zorgaanbieders', 'providers', 'care provider', 'jeugdhulpaanbieder'] },
  { value: 'COMBINATION', nl: 'combinatie', en: 'combination', also: ['combinaties', 'combinations', 'coalitie', 'coalities', 'coalition', 'coalitions', 'jeugdhulpcombinatie'] },
  { value: 'REGIONAL_BODY', nl: 'regionaal orgaan', en: 'regional body', also: ['regionale organen', 'regional bodies', 'regio', 'mgr', 'gemeenschappelijke regeling'] },
  { value: 'OTHER', nl: 'overig', en: 'other', also: ['overige', 'anders'] },
]);

/** DOMAIN.md's decision rules, in the workbook's words. */
export const DECISION_RULE_WORDS = wordTable<DecisionRule>([
  { value: 'CONSENSUS', nl: 'consensus', en: 'consensus' },
  { value: 'MAJORITY', nl: 'meerderheid', en: 'majority', also: ['meerderheid van stemmen', 'majority of votes', 'gewone meerderheid', 'simple majority'] },
  // "half of all voting seats plus one" (001 Stuurgroep: "consensus gemaakt (meerderheid +1)").
  { value: 'ABSOLUTE_MAJORITY', nl: 'meerderheid+1', en: 'majority+1', also: ['meerderheid plus een', 'majority plus one', 'absolute meerderheid', 'absolute majority', 'helft plus een', 'half plus one'] },
  { value: 'COMMON_AGREEMENT', nl: 'gemeenschappelijk', en: 'common agreement', also: ['gemeenschappelijk akkoord', 'gezamenlijk', 'in gezamenlijkheid', 'overeenstemming'] },
  { value: 'FOR_AGAINST_ADVICE', nl: 'voor-tegen', en: 'for-against', also: ['voor of tegen', 'for or against', 'stemverhouding', 'advies met stemverhouding'] },
  { value: 'DECISION_LIST', nl: 'besluitenlijst', en: 'decision list', also: ['besluitenlijst meerderheid'] },
  { value: 'ADVISORY', nl: 'advies', en: 'advisory', also: ['adviserend', 'adviseert', 'advice', 'advisory only'] },
  { value: 'NO_DECISIONS', nl: 'geen besluiten', en: 'no decisions', also: ['geen besluitvorming', 'geen', 'none', 'consultation only', 'alleen overleg'] },
]);

/** DOMAIN.md's substitution rules. "eigen organisatie" reaches the coalition and municipality too (000 art. 4). */
export const SUBSTITUTE_RULE_WORDS = wordTable<SubstituteRule>([
  { value: 'SAME_ORGANISATION_WITH_MANDATE', nl: 'mandaat', en: 'mandate', also: ['met mandaat', 'with mandate', 'zelfde organisatie met mandaat', 'rechtsgeldig bevoegd'] },
  { value: 'SAME_ORGANISATION', nl: 'zelfde organisatie', en: 'same organisation', also: ['dezelfde organisatie', 'same organization', 'collega', 'colleague', 'op inhoud'] },
  { value: 'SAME_ORGANISATION_OR_COMBINATION', nl: 'eigen organisatie', en: 'own organisation', also: ['own organization', 'eigen organisatie coalitie gemeente', 'organisatie coalitie of gemeente', 'organisation coalition or municipality'] },
  { value: 'NAMED_SUBSTITUTE', nl: 'aangewezen vervanger', en: 'named substitute', also: ['benoemde vervanger', 'vaste vervanger', 'vervanger', 'designated substitute'] },
  { value: 'NONE', nl: 'geen', en: 'none', also: ['geen vervanging', 'no substitution', 'no substitute', 'niemand'] },
]);

/** Whether a committee counts votes per seat or per party (001 ORO: "op basis van gelijkwaardigheid"). */
export const VOTE_PER = ['SEAT', 'PARTY'] as const;
/** One of {@link VOTE_PER}. */
export type VotePer = (typeof VOTE_PER)[number];

/** Vote per seat or per party. */
export const VOTE_PER_WORDS = wordTable<VotePer>([
  { value: 'SEAT', nl: 'zetel', en: 'seat', also: ['zetels', 'seats', 'lid', 'per lid', 'member', 'persoon'] },
  { value: 'PARTY', nl: 'partij', en: 'party', also: ['partijen', 'parties', 'organisatie', 'organisation', 'per partij'] },
]);

/** Who may chair: a member of the committee, or a member sitting for a kind of party. */
export type ChairFrom = 'MEMBERS' | OrganisationKind;

/**
 * "leden" (any member) or a kind of party ("gemeente": a member sitting for a municipality). 001 ORO:
 * "1 beleidsmedewerkers per Regio (uit hun midden wordt de voorzitter gekozen)": the chair comes from
 * the regions' policy officers, so a combination's staff member does not chair the ORO.
 */
export const CHAIR_FROM_WORDS = wordTable<ChairFrom>([
  { value: 'MEMBERS', nl: 'leden', en: 'members', also: ['de leden', 'uit de leden', 'lid', 'member', 'eigen midden', 'uit hun midden'] },
  { value: 'MUNICIPALITY', nl: 'gemeente', en: 'municipality', also: ['gemeenten', 'municipalities', 'leden namens gemeenten'] },
  { value: 'PROVIDER', nl: 'aanbieder', en: 'provider', also: ['aanbieders', 'providers'] },
  { value: 'COMBINATION', nl: 'combinatie', en: 'combination', also: ['combinaties', 'coalitie', 'coalition'] },
  { value: 'REGIONAL_BODY', nl: 'regionaal orgaan', en: 'regional body' },
  { value: 'OTHER', nl: 'overig', en: 'other' },
]);

/** The Dutch article used in sentences about a committee ("het SBO", "de BOSD"). */
export const ARTICLES = ['de', 'het'] as const;
/** One of {@link ARTICLES}. */
export type Article = (typeof ARTICLES)[number];

/** "het" or "de" (a committee's name takes its article in Dutch sentences). */
export const ARTICLE_WORDS = wordTable<Article>([
  { value: 'de', nl: 'de', en: 'de' },
  { value: 'het', nl: 'het', en: 'het' },
]);

/** A person's or committee's language. */
export const LANGUAGE_WORDS = wordTable<SheetLanguage>([
  { value: 'nl', nl: 'nl', en: 'nl', also: ['nederlands', 'dutch', 'nld', 'nl-nl'] },
  { value: 'en', nl: 'en', en: 'en', also: ['engels', 'english', 'eng', 'en-gb', 'en-us'] },
]);
