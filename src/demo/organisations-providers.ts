/**
 * Demo care providers and combinations. All INVENTED: no real provider's name or domain. Segment 1
 * has six combinations for the SBO's "6 Bestuurders namens de combinaties"; the Achterhoek has one
 * coalition ("namens de eigen organisatie/coalitie", seed 000 art. 3); Steenwijkerland has the
 * signatory providers of its framework agreement (seed 002).
 */
import { REGION } from './organisations-public.ts';
import { combination, provider } from './types.ts';

const L = REGION.limburgNoord;
const A = REGION.achterhoek;
const S = REGION.steenwijkerland;

/** Providers of the segment 1 combinations. Jeugdzorg Noord BV also has a contract in the Achterhoek. */
export const SEGMENT1_PROVIDERS = [
  provider('jeugdzorg-noord', 'Jeugdzorg Noord BV', L, ['Jeugdzorg Noord']),
  provider('opgroeien-maasland', 'Stichting Opgroeien Maasland', L, ['Opgroeien Maasland']),
  provider('gezinshuis-de-wilg', 'Gezinshuis De Wilg BV', L, ['De Wilg']),
  provider('zorggroep-zuid', 'Zorggroep Zuid BV', L, ['Zorggroep Zuid']),
  provider('kinderkracht-limburg', 'Stichting Kinderkracht Limburg', L, ['Kinderkracht']),
  provider('ambulant-team-roerstreek', 'Ambulant Team Roerstreek BV', L, ['Ambulant Team Roerstreek']),
  provider('jeugdhulp-oost', 'Stichting Jeugdhulp Oost', L, ['Jeugdhulp Oost']),
  provider('behandelcentrum-de-brug', 'Behandelcentrum De Brug BV', L, ['De Brug']),
  provider('jeugdhulp-west', 'Jeugdhulp West BV', L, ['Jeugdhulp West']),
  provider('zonnedauw-zorg', 'Stichting Zonnedauw Zorg', L, ['Zonnedauw']),
  provider('middenpunt-jeugd', 'Stichting Middenpunt Jeugd', L, ['Middenpunt']),
  provider('lindehof', 'Orthopedagogisch Centrum Lindehof', L, ['Lindehof']),
  provider('maasdal-zorg', 'Maasdal Zorg BV', L, ['Maasdal Zorg']),
  provider('gezinsvorm', 'Stichting Gezinsvorm', L, ['Gezinsvorm']),
] as const;

type Segment1ProviderKey = (typeof SEGMENT1_PROVIDERS)[number]['key'];
/** A segment 1 combination whose penvoerder and members must be segment 1 providers. */
function c<const K extends string>(
  key: K,
  name: string,
  aliases: readonly string[],
  region: string,
  penvoerder: Segment1ProviderKey,
  others: readonly Segment1ProviderKey[],
) {
  return combination(key, name, aliases, region, penvoerder, others);
}

/** The six segment 1 combinations, each led by its penvoerder. */
export const SEGMENT1_COMBINATIONS = [
  c('combinatie-noord', 'Combinatie Noord', ['Combination North', 'Noord'], L, 'jeugdzorg-noord', [
    'opgroeien-maasland',
    'gezinshuis-de-wilg',
  ]),
  c('combinatie-zuid', 'Combinatie Zuid', ['Combination South', 'Zuid'], L, 'zorggroep-zuid', [
    'kinderkracht-limburg',
    'ambulant-team-roerstreek',
  ]),
  c('combinatie-oost', 'Combinatie Oost', ['Combination East', 'Oost'], L, 'jeugdhulp-oost', ['behandelcentrum-de-brug']),
  c('combinatie-west', 'Combinatie West', ['Combination West', 'West'], L, 'jeugdhulp-west', ['zonnedauw-zorg']),
  c('combinatie-midden', 'Combinatie Midden', ['Combination Central', 'Combination Centre', 'Midden'], L, 'middenpunt-jeugd', [
    'lindehof',
  ]),
  c('combinatie-maasdal', 'Combinatie Maasdal', ['Combination Maasdal', 'Maasdal'], L, 'maasdal-zorg', ['gezinsvorm']),
] as const;

/** Achterhoek providers (Jeugdhulp and Wmo/Wonen, seed 000's title). */
export const ACHTERHOEK_PROVIDERS = [
  provider('berkelzorg', 'Stichting Berkelzorg', A, ['Berkelzorg']),
  provider('jeugdhulp-graafschap', 'Jeugdhulp Graafschap BV', A, ['Jeugdhulp Graafschap']),
  provider('kruispunt-wonen', 'Stichting Kruispunt Wonen', A, ['Kruispunt Wonen']),
  provider('hof-van-oost', 'Stichting Hof van Oost', A, ['Hof van Oost']),
  provider('thuisbegeleiding-achterhoek', 'Thuisbegeleiding Achterhoek BV', A, ['Thuisbegeleiding Achterhoek']),
  provider('jong-perspectief', 'Stichting Jong Perspectief', A, ['Jong Perspectief']),
] as const;

/** The coalition in which two Achterhoek providers sit at the KBO table. */
export const ACHTERHOEK_COMBINATIONS = [
  combination<'coalitie-jeugd-achterhoek', (typeof ACHTERHOEK_PROVIDERS)[number]['key']>(
    'coalitie-jeugd-achterhoek',
    'Coalitie Jeugd Achterhoek',
    ['Coalition Youth Achterhoek', 'Jeugdcoalitie Achterhoek'],
    A,
    'berkelzorg',
    ['jeugdhulp-graafschap'],
  ),
] as const;

/**
 * The signatories of the Steenwijkerland framework agreement: large, middle and small providers
 * (the 80-20 rule of art. 7.4 picks the Fysieke overlegtafel from these).
 */
export const STEENWIJKERLAND_PROVIDERS = [
  provider('weerribben-zorg', 'Stichting Weerribben Zorg', S, ['Weerribben Zorg']),
  provider('kop-van-overijssel-begeleiding', 'Kop van Overijssel Begeleiding BV', S, ['KvO Begeleiding']),
  provider('thuiszorg-giethoorn', 'Thuiszorg Giethoorn BV', S, ['Thuiszorg Giethoorn']),
  provider('jeugdpraktijk-steenwijk', 'Jeugdpraktijk Steenwijk', S, []),
  provider('de-eendenkooi', 'Stichting Dagbesteding De Eendenkooi', S, ['De Eendenkooi']),
  provider('wonen-plus-oldemarkt', 'Wonen Plus Oldemarkt BV', S, ['Wonen Plus Oldemarkt']),
] as const;
