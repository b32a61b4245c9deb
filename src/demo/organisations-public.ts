/**
 * Demo municipalities and regional bodies. The municipalities are the real ones of each region;
 * the regional bodies carry the names the seeds use (MGR, SDA, centrumgemeente, Aankoopcentrale).
 */
import { municipality, regionalBody } from './types.ts';

/** Region names used on organisations. */
export const REGION = {
  noordLimburg: 'Noord-Limburg',
  middenLimburgWest: 'Midden-Limburg West',
  middenLimburgOost: 'Midden-Limburg Oost',
  limburgNoord: 'Limburg-Noord',
  achterhoek: 'Achterhoek',
  steenwijkerland: 'Kop van Overijssel',
  flevoland: 'Flevoland',
} as const;

/**
 * Segment 1 (seed 001) names no municipality, only "de drie jeugdzorgregio's in Limburg Noord" and
 * "14 vertegenwoordigende wethouders". These are the 14 municipalities of the three youth-care
 * regions Noord-Limburg (7), Midden-Limburg West (3) and Midden-Limburg Oost (4).
 */
export const SEGMENT1_MUNICIPALITIES = [
  municipality('beesel', 'Beesel', REGION.noordLimburg),
  municipality('bergen-l', 'Bergen (L.)', REGION.noordLimburg, ['Bergen', 'Bergen Limburg']),
  municipality('gennep', 'Gennep', REGION.noordLimburg),
  municipality('horst-aan-de-maas', 'Horst aan de Maas', REGION.noordLimburg),
  municipality('peel-en-maas', 'Peel en Maas', REGION.noordLimburg),
  municipality('venlo', 'Venlo', REGION.noordLimburg),
  municipality('venray', 'Venray', REGION.noordLimburg),
  municipality('leudal', 'Leudal', REGION.middenLimburgWest),
  municipality('nederweert', 'Nederweert', REGION.middenLimburgWest),
  municipality('weert', 'Weert', REGION.middenLimburgWest),
  municipality('echt-susteren', 'Echt-Susteren', REGION.middenLimburgOost),
  municipality('maasgouw', 'Maasgouw', REGION.middenLimburgOost),
  municipality('roerdalen', 'Roerdalen', REGION.middenLimburgOost),
  municipality('roermond', 'Roermond', REGION.middenLimburgOost),
] as const;

/** Seed 000/003: "de 8 Achterhoekse gemeenten". */
export const ACHTERHOEK_MUNICIPALITIES = [
  municipality('aalten', 'Aalten', REGION.achterhoek),
  municipality('berkelland', 'Berkelland', REGION.achterhoek),
  municipality('bronckhorst', 'Bronckhorst', REGION.achterhoek),
  municipality('doetinchem', 'Doetinchem', REGION.achterhoek),
  municipality('montferland', 'Montferland', REGION.achterhoek),
  municipality('oost-gelre', 'Oost Gelre', REGION.achterhoek, ['Oost-Gelre']),
  municipality('oude-ijsselstreek', 'Oude IJsselstreek', REGION.achterhoek),
  municipality('winterswijk', 'Winterswijk', REGION.achterhoek),
] as const;

/** Seed 004: "Als zes gemeenten werken wij sinds 2011 samen"; Almere is the centrumgemeente. */
export const FLEVOLAND_MUNICIPALITIES = [
  municipality('almere', 'Almere', REGION.flevoland, ['Centrumgemeente Almere', 'Centrumgemeente']),
  municipality('dronten', 'Dronten', REGION.flevoland),
  municipality('lelystad', 'Lelystad', REGION.flevoland),
  municipality('noordoostpolder', 'Noordoostpolder', REGION.flevoland, ['NOP']),
  municipality('urk', 'Urk', REGION.flevoland),
  municipality('zeewolde', 'Zeewolde', REGION.flevoland),
] as const;

/** Seed 002: the agreement of Gemeente Steenwijkerland with its providers. */
export const STEENWIJKERLAND = municipality('steenwijkerland', 'Steenwijkerland', REGION.steenwijkerland);

/** The regional bodies that employ secretaries, contract managers and programme managers. */
export const REGIONAL_BODIES = [
  // 001: "Contractmanager segment 1 MGR", "Dataspecialist MGR"; the MGR employs the segment's staff.
  regionalBody('mgr-limburg-noord', 'MGR Sociaal Domein Limburg-Noord', REGION.limburgNoord, [
    'MGR',
    'MGR Limburg-Noord',
    'Regio Limburg-Noord',
    'Joint arrangement Social Domain Limburg-Noord',
  ]),
  // 000: "Op de website van SDA communiceren we" — Sociaal Domein Achterhoek.
  regionalBody('sda', 'Sociaal Domein Achterhoek', REGION.achterhoek, ['SDA', 'Social Domain Achterhoek']),
  // 004: "Regionaal Programma Sociaal Domein Flevoland": programme manager, regiosecretaris, supporter.
  regionalBody('rpsd-flevoland', 'Regionaal Programma Sociaal Domein Flevoland', REGION.flevoland, [
    'Regio Flevoland',
    'Regionale Samenwerking Sociaal Domein Flevoland',
    'Regional Programme Social Domain Flevoland',
  ]),
  // 004 3.2.2: "Op grond van de Centrumregeling is Almere aangewezen als aankoopcentrale".
  regionalBody('aankoopcentrale-flevoland', 'Aankoopcentrale Jeugd Flevoland', REGION.flevoland, [
    'Aankoopcentrale',
    'Inkoopcentrum Flevoland',
    'Purchasing Centre Flevoland',
  ]),
] as const;
