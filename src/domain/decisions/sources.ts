/**
 * The Dutch source sentences the decision rules come from, verbatim (DOMAIN.md asks us to quote
 * them). Kept as data so that error params and the bot's "why?" answers can cite the rule, and so
 * that a test can check every quote still appears word for word in `docs/sources/`.
 *
 * Seeds: 000 = KBO Achterhoek, 001 = segment 1 (SBO/ORO/Stuurgroep), 002 = Steenwijkerland
 * Inkoopnetwerk / Fysieke overlegtafel, 004 = Flevoland BOSD/DOSD.
 */

/** The seed documents a rule can come from (file number in `docs/sources/`). */
export type SeedNumber = '000' | '001' | '002' | '004';

/** One verbatim sentence (or clause) of a seed document and where it stands. */
export interface SourceQuote {
  /** Seed file number, e.g. `'001'`. */
  readonly seed: SeedNumber;
  /** Where in the document: committee and section or article, e.g. `'SBO, Uitgangspunt'`. */
  readonly where: string;
  /** The Dutch text, verbatim. */
  readonly text: string;
}

/** Every source sentence the decisions layer relies on, by a stable key. */
export const SOURCES = {
  KBO_NO_DECISIONS: {
    seed: '000',
    where: 'Spelregels KBO, 1',
    text: 'dat er geen besluitvorming plaatsvindt in het Klein Bestuurlijk Overleg',
  },
  KBO_MANDATE: { seed: '000', where: 'Spelregels KBO, 2', text: 'Elke deelnemer schuift aan met bestuurlijk mandaat.' },
  KBO_SUBSTITUTE: {
    seed: '000',
    where: 'Spelregels KBO, 4',
    text: 'Bij afwezigheid van een bestuurder kan hij/zij worden vervangen door een collega uit de eigen organisatie/coalitie/gemeente, mits deze collega goed geïnformeerd is.',
  },
  KBO_ROTATION_STABILITY: {
    seed: '000',
    where: 'Spelregels KBO, 6',
    text: 'Daarbij zullen we de komende jaren gaan rouleren, maar met oog voor stabiliteit.',
  },
  KBO_ROTATION_ALDERMEN: {
    seed: '000',
    where: 'Spelregels KBO, 6',
    text: 'De afvaardiging van 4 wethouders uit het regionaal Portefeuillehoudersoverleg Sociaal (PoHo Sociaal) zal jaarlijks* met 2 wethouders rouleren.',
  },
  KBO_ROTATION_DIRECTORS: { seed: '000', where: 'Spelregels KBO, 6', text: 'De afvaardiging van zorgaanbieders zal jaarlijks* met 2 a 3 bestuurders rouleren.' },
  SBO_WARM_HANDOVER: { seed: '001', where: 'SBO, Bezetting, Randvoorwaarden', text: 'Bij wisseling van personen wordt gezorgd voor een warme overdracht.' },
  SBO_CONSENSUS: {
    seed: '001',
    where: 'SBO, Uitgangspunt',
    text: 'Binnen het SBO worden afspraken altijd op basis van consensus gemaakt',
  },
  SBO_MEMBERS: { seed: '001', where: 'SBO, Bezetting', text: '6 vertegenwoordigende wethouders namens de gemeenten' },
  SBO_LEGALLY_AUTHORISED: {
    seed: '001',
    where: 'SBO, Bezetting, Randvoorwaarden',
    text: 'De afgevaardigde vertegenwoordiging dient aantoonbaar rechtsgeldig bevoegd te zijn om de jeugdhulpaanbieder te vertegenwoordigen.',
  },
  SBO_SUBSTITUTE: {
    seed: '001',
    where: 'SBO, Bezetting, Randvoorwaarden',
    text: 'Bij verhindering zorgen Gemeente of jeugdhulpcombinaties voor een adequate vervanger die hem/haar rechtsgeldig kan vertegenwoordigen',
  },
  ORO_MAJORITY: {
    seed: '001',
    where: 'ORO, Uitgangspunt',
    text: 'Uitvoerende (operationele) besluiten kunnen met meerderheid van stemmen wordt genomen op basis van gelijkwaardigheid en consensus.',
  },
  ORO_SUBSTITUTE: {
    seed: '001',
    where: 'ORO, Bezetting',
    text: 'zorgen zij voor een adequate vervanger die hem/haar op inhoud kan vervangen in het ORO',
  },
  STUURGROEP_MAJORITY_PLUS_ONE: {
    seed: '001',
    where: 'Stuurgroep gemeenten, Uitgangspunt',
    text: 'Binnen de Stuurgroep worden afspraken altijd op basis van consensus gemaakt (meerderheid +1)',
  },
  AMBTELIJK_COMMON_AGREEMENT: {
    seed: '001',
    where: 'Ambtelijk afstemmingsoverleg, Doel',
    text: 'Te komen tot een gezamenlijke ambtelijke besluitvorming',
  },
  CONTRACT_ADVISORY: {
    seed: '001',
    where: 'Contractmanagement, Taken',
    text: 'Voorbereiden voorstellen frictie dan wel innovatiekosten aan ORO en SBO',
  },
  INKOOP_MANDATE: {
    seed: '002',
    where: 'Artikel 4.1',
    text: 'Elke Partij maakt schriftelijk kenbaar welke persoon of personen op basis van wetgeving, statuten of anderszins rechtsgeldig bevoegd zijn haar te vertegenwoordigen.',
  },
  INKOOP_NAMED_SUBSTITUTE: {
    seed: '002',
    where: 'Artikel 5.2',
    text: 'Iedere Partij wijst een contactpersoon aan voor het Inkoopnetwerk. Ook wijzen zij een vervanger voor deze persoon aan.',
  },
  INKOOP_ADVICE: {
    seed: '002',
    where: 'Artikel 7.1',
    text: 'De Gemeente vraagt de Fysieke overlegtafel om advies voor het vaststellen van de Raamovereenkomst.',
  },
  TAFEL_ABSENCE: {
    seed: '002',
    where: 'Artikel 7.5',
    text: 'Bij het zonder opgaaf van redenen of het meer dan driemaal in één kalenderjaar missen van een Fysieke overlegtafel kan Gemeente besluiten om betreffende Aanbieder niet meer uit te nodigen voor de Fysieke overlegtafel en een vervanger uit te nodigen.',
  },
  INKOOP_FOR_AGAINST: {
    seed: '002',
    where: 'Artikel 9.1',
    text: 'Partijen uit het Inkoopnetwerk stemmen voor of tegen een Uitgewerkt voorstel, waarbij zij streven naar unanimiteit.',
  },
  INKOOP_RATIO_MINUTED: {
    seed: '002',
    where: 'Artikel 9.1',
    text: 'De stemverhouding in de Fysieke overlegtafel wordt genotuleerd.',
  },
  BOSD_DEFINITIVE: { seed: '004', where: '5.2 Inrichting', text: 'Definitieve besluitvorming vindt plaats in het BOSD.' },
  DOSD_DECISION_LIST: {
    seed: '004',
    where: '3.4.1 Directeurenoverleg sociaal domein',
    text: 'Van de besluiten die het DOSD neemt wordt een besluitenlijst opgesteld.',
  },
  CONTROL_DECISION_LIST: {
    seed: '004',
    where: '3.4.2 Control overleg',
    text: 'Van de besluiten die het Control overleg neemt wordt een besluitenlijst opgesteld.',
  },
  WERKGROEPEN_ADVICE: {
    seed: '004',
    where: '2.4.2 Structurering regionale samenwerking',
    text: 'geven deze werkgroepen een regionaal in plaats van een lokaal advies.',
  },
} as const satisfies Record<string, SourceQuote>;

/** A key of {@link SOURCES}. */
export type SourceKey = keyof typeof SOURCES;

/** `"001 SBO, Uitgangspunt"`: a short reference for params and audit entries. */
export function sourceRef(key: SourceKey): string {
  const s: SourceQuote = SOURCES[key];
  return `${s.seed} ${s.where}`;
}

/** The sentence each seed states its mandate rule in. */
const MANDATE_SOURCES: Readonly<Partial<Record<SeedNumber, SourceKey>>> = {
  '000': 'KBO_MANDATE',
  '001': 'SBO_LEGALLY_AUTHORISED',
  '002': 'INKOOP_MANDATE',
};

/**
 * What to quote when a committee refuses someone for want of a mandate: the mandate sentence of the
 * committee's own document (its Bron starts with the seed number, "001 SBO"), or, for a region's own
 * document that is none of the seeds, only its reference (`text` empty).
 */
export function mandateSourceFor(committeeSourceRef: string): { readonly text: string; readonly ref: string } {
  const seed = /^\s*(\d{3})\b/.exec(committeeSourceRef)?.[1] as SeedNumber | undefined;
  const key = seed === undefined ? undefined : MANDATE_SOURCES[seed];
  if (key === undefined) return { text: '', ref: committeeSourceRef };
  const s: SourceQuote = SOURCES[key];
  return { text: s.text, ref: `${s.seed} ${s.where}` };
}
