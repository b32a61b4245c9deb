/**
 * Demo mandates ("rechtsgeldig bevoegd", seed 001 SBO; seed 002 art. 4.1; seed 000 art. 2 "Elke
 * deelnemer schuift aan met bestuurlijk mandaat").
 *
 * Well-known facts for tests and demos:
 * - Jan de Vries and Piet Jansen hold a valid 'bestuurlijk' mandate for Combinatie Noord, so Piet is
 *   a valid SBO substitute for Jan; Karin Smit (same combination) has no mandate at all.
 * - Mark Peters' mandate for Combinatie Zuid expired on 2024-12-31.
 * - Joost Mertens' mandate for Combinatie Oost was revoked on 2025-06-16 by Sanne Bakker.
 */
import type { OrganisationKey } from './organisations.ts';
import type { PersonKey } from './people.ts';
import type { DemoMandate } from './types.ts';

type Mandate = DemoMandate<PersonKey, OrganisationKey>;

/** A mandate whose key is `<person>--<organisation>`; enough while nobody holds two for one organisation. */
function mandate(
  person: PersonKey,
  organisation: OrganisationKey,
  from: string,
  until: string | null = null,
  scope = 'bestuurlijk',
): Mandate {
  return { key: `${person}--${organisation}`, person, organisation, from, until, scope };
}

/** Every demo mandate. */
export const DEMO_MANDATES: readonly Mandate[] = [
  // SBO directors for their combinations.
  mandate('jan-de-vries', 'combinatie-noord', '2023-01-01'),
  mandate('monique-van-den-berg', 'combinatie-zuid', '2025-01-01'),
  mandate('hans-kuipers', 'combinatie-oost', '2023-01-01'),
  mandate('eva-timmermans', 'combinatie-west', '2023-01-01'),
  mandate('daniel-hughes', 'combinatie-midden', '2023-01-01'),
  mandate('saskia-verhoeven', 'combinatie-maasdal', '2023-01-01'),
  // Jan de Vries as statutory director of his own company (KBO, art. 2).
  mandate('jan-de-vries', 'jeugdzorg-noord', '2023-01-01'),
  // The written substitute for Jan de Vries.
  mandate('piet-jansen', 'combinatie-noord', '2024-06-01'),
  // Expired with his SBO seat.
  mandate('mark-peters', 'combinatie-zuid', '2023-01-01', '2024-12-31'),
  // Revoked when he stopped substituting for Hans Kuipers.
  {
    ...mandate('joost-mertens', 'combinatie-oost', '2024-01-01'),
    revoked: { at: '2025-06-16T08:30:00.000Z', by: 'sanne-bakker' },
  },

  // SBO aldermen for their municipalities.
  mandate('marleen-janssen', 'gemeente-venlo', '2023-01-01'),
  mandate('bart-jacobs', 'gemeente-horst-aan-de-maas', '2023-01-01'),
  mandate('frank-geurts', 'gemeente-weert', '2023-01-01'),
  mandate('anouk-coolen', 'gemeente-nederweert', '2023-01-01'),
  mandate('esther-willems', 'gemeente-roermond', '2023-01-01'),
  mandate('nicole-gielen', 'gemeente-echt-susteren', '2023-01-01'),

  // KBO provider directors, for their term at the table.
  mandate('wim-oosterink', 'coalitie-jeugd-achterhoek', '2024-01-01'),
  mandate('marianne-kamphuis', 'kruispunt-wonen', '2024-01-01', '2025-12-31'),
  mandate('ruben-lammers', 'hof-van-oost', '2026-01-01'),
  mandate('bert-hulshof', 'thuisbegeleiding-achterhoek', '2024-01-01', '2025-12-31'),
  mandate('noor-bulut', 'jong-perspectief', '2026-01-01'),

  // Steenwijkerland, art. 4.1: each party states in writing who may represent it.
  mandate('arjen-dijkstra', 'weerribben-zorg', '2018-01-01', null, 'algemeen'),
  mandate('marco-schippers', 'kop-van-overijssel-begeleiding', '2018-01-01', null, 'algemeen'),
  mandate('annemiek-brouwer', 'thuiszorg-giethoorn', '2018-01-01', null, 'algemeen'),
  mandate('chantal-mulder', 'jeugdpraktijk-steenwijk', '2020-01-01', null, 'algemeen'),
  mandate('gerda-hoekstra', 'de-eendenkooi', '2018-01-01', null, 'algemeen'),
  mandate('linda-zwart', 'wonen-plus-oldemarkt', '2018-01-01', null, 'algemeen'),
];
