/**
 * Demo seats of segment 1 (seed 001): SBO, ORO, Stuurgroep gemeenten, Ambtelijk afstemmingsoverleg
 * and the contract talks with Combinatie Noord and Combinatie Zuid. Seats start with the contracts
 * on 2023-01-01 (the memo is dated 23 December 2022). Combinatie Zuid changed director on 2025-01-01.
 */
import type { OrganisationKey } from './organisations.ts';
import type { PersonKey } from './people.ts';
import { seatBuilder, type DemoSeat } from './types.ts';

const seat = seatBuilder<PersonKey, OrganisationKey>();
const START = '2023-01-01';
const ZUID_HANDOVER_LAST = '2024-12-31';
const ZUID_HANDOVER_FIRST = '2025-01-01';

/** "6 vertegenwoordigende wethouders namens de gemeenten": two per youth-care region. */
const SBO_ALDERMEN = [
  ['marleen-janssen', 'gemeente-venlo'],
  ['bart-jacobs', 'gemeente-horst-aan-de-maas'],
  ['frank-geurts', 'gemeente-weert'],
  ['anouk-coolen', 'gemeente-nederweert'],
  ['esther-willems', 'gemeente-roermond'],
  ['nicole-gielen', 'gemeente-echt-susteren'],
] as const satisfies readonly (readonly [PersonKey, OrganisationKey])[];

/** The ORO's "1 beleidsmedewerkers per Regio", also the Stuurgroep's "Per regio een ambtelijk vertegenwoordiger". */
const REGIONAL_OFFICERS = [
  ['geert-linders', 'gemeente-venlo'],
  ['maud-kessels', 'gemeente-weert'],
  ['yvonne-driessen', 'gemeente-roermond'],
] as const satisfies readonly (readonly [PersonKey, OrganisationKey])[];

/** Every municipality's alderman, for the Stuurgroep's "14 vertegenwoordigende wethouders". */
const STUURGROEP_ALDERMEN = [
  ['wendy-peeters', 'gemeente-beesel'],
  ['harrie-cox', 'gemeente-bergen-l'],
  ['ingrid-verbeek', 'gemeente-gennep'],
  ['bart-jacobs', 'gemeente-horst-aan-de-maas'],
  ['loes-smeets', 'gemeente-peel-en-maas'],
  ['marleen-janssen', 'gemeente-venlo'],
  ['tom-hermans', 'gemeente-venray'],
  ['rob-vossen', 'gemeente-leudal'],
  ['anouk-coolen', 'gemeente-nederweert'],
  ['frank-geurts', 'gemeente-weert'],
  ['nicole-gielen', 'gemeente-echt-susteren'],
  ['paul-schreurs', 'gemeente-maasgouw'],
  ['maurice-houben', 'gemeente-roerdalen'],
  ['esther-willems', 'gemeente-roermond'],
] as const satisfies readonly (readonly [PersonKey, OrganisationKey])[];

/** The ORO's "2 stafmedewerkers per Combinatie". */
const ORO_COMBINATION_STAFF = [
  ['piet-jansen', 'combinatie-noord'],
  ['karin-smit', 'combinatie-noord'],
  ['lisa-dekker', 'combinatie-zuid'],
  ['joost-mertens', 'combinatie-oost'],
  ['fleur-wouters', 'combinatie-oost'],
  ['rik-van-leeuwen', 'combinatie-west'],
  ['naima-bouzid', 'combinatie-west'],
  ['koen-lemmens', 'combinatie-midden'],
  ['sophie-claessens', 'combinatie-midden'],
  ['stefan-vermeulen', 'combinatie-maasdal'],
  ['iris-bosman', 'combinatie-maasdal'],
] as const satisfies readonly (readonly [PersonKey, OrganisationKey])[];

/** Contract talks: policy officers of the three regions, the MGR contract manager as chair, advisers, secretary. */
function contractTalkStaff(committee: 'CM-NOORD' | 'CM-ZUID'): DemoSeat[] {
  return [
    ...REGIONAL_OFFICERS.map(([person, org]) => seat(committee, 'MEMBER', person, org, START)),
    seat(committee, 'MEMBER', 'ronald-gerards', 'mgr-limburg-noord', START),
    seat(committee, 'CHAIR', 'ronald-gerards', 'mgr-limburg-noord', START),
    seat(committee, 'ADVISER', 'emma-clarke', 'mgr-limburg-noord', START),
    seat(committee, 'ADVISER', 'hanneke-lambrechts', 'mgr-limburg-noord', START),
    seat(committee, 'SECRETARY', 'ilse-franssen', 'mgr-limburg-noord', START),
  ];
}

/** Every segment 1 seat. */
export const SEGMENT1_SEATS: readonly DemoSeat[] = [
  // SBO: 6 aldermen + 6 directors vote; ORO chair and a combinations' staff member advise.
  ...SBO_ALDERMEN.map(([person, org]) => seat('SBO', 'MEMBER', person, org, START)),
  seat('SBO', 'MEMBER', 'jan-de-vries', 'combinatie-noord', START),
  seat('SBO', 'MEMBER', 'mark-peters', 'combinatie-zuid', START, ZUID_HANDOVER_LAST),
  seat('SBO', 'MEMBER', 'monique-van-den-berg', 'combinatie-zuid', ZUID_HANDOVER_FIRST),
  seat('SBO', 'MEMBER', 'hans-kuipers', 'combinatie-oost', START),
  seat('SBO', 'MEMBER', 'eva-timmermans', 'combinatie-west', START),
  seat('SBO', 'MEMBER', 'daniel-hughes', 'combinatie-midden', START),
  seat('SBO', 'MEMBER', 'saskia-verhoeven', 'combinatie-maasdal', START),
  seat('SBO', 'ADVISER', 'geert-linders', 'gemeente-venlo', START),
  seat('SBO', 'ADVISER', 'lisa-dekker', 'combinatie-zuid', START),
  seat('SBO', 'SECRETARY', 'sanne-bakker', 'mgr-limburg-noord', START),

  // ORO: policy officers (Geert Linders chairs), the MGR contract manager, 2 staff per combination.
  ...REGIONAL_OFFICERS.map(([person, org]) => seat('ORO', 'MEMBER', person, org, START)),
  seat('ORO', 'CHAIR', 'geert-linders', 'gemeente-venlo', START),
  seat('ORO', 'MEMBER', 'ronald-gerards', 'mgr-limburg-noord', START),
  ...ORO_COMBINATION_STAFF.map(([person, org]) => seat('ORO', 'MEMBER', person, org, START)),
  // Mark Peters moved from the SBO to the ORO when Monique van den Berg took over.
  seat('ORO', 'MEMBER', 'mark-peters', 'combinatie-zuid', ZUID_HANDOVER_FIRST),
  seat('ORO', 'MEMBER', 'ellen-custers', 'combinatie-zuid', START, ZUID_HANDOVER_LAST),
  seat('ORO', 'SECRETARY', 'sanne-bakker', 'mgr-limburg-noord', START),

  // Stuurgroep gemeenten: 14 aldermen; a policy officer per region advises.
  ...STUURGROEP_ALDERMEN.map(([person, org]) => seat('STUURGROEP', 'MEMBER', person, org, START)),
  ...REGIONAL_OFFICERS.map(([person, org]) => seat('STUURGROEP', 'ADVISER', person, org, START)),
  seat('STUURGROEP', 'SECRETARY', 'sanne-bakker', 'mgr-limburg-noord', START),

  // Ambtelijk afstemmingsoverleg: policy officers (Yvonne Driessen chairs), contract manager, data specialist.
  ...REGIONAL_OFFICERS.map(([person, org]) => seat('AAO', 'MEMBER', person, org, START)),
  seat('AAO', 'MEMBER', 'bas-thijssen', 'gemeente-venray', START),
  seat('AAO', 'CHAIR', 'yvonne-driessen', 'gemeente-roermond', START),
  seat('AAO', 'MEMBER', 'ronald-gerards', 'mgr-limburg-noord', START),
  seat('AAO', 'MEMBER', 'emma-clarke', 'mgr-limburg-noord', START),
  seat('AAO', 'SECRETARY', 'ilse-franssen', 'mgr-limburg-noord', START),

  // Contract talks Noord: the penvoerder's delegate for the combination, and every member provider
  // ("tijdens de bespreking van de jaarrekening alle deelnemers in de combinatie").
  seat('CM-NOORD', 'MEMBER', 'jan-de-vries', 'combinatie-noord', START),
  seat('CM-NOORD', 'MEMBER', 'karin-smit', 'opgroeien-maasland', START),
  seat('CM-NOORD', 'MEMBER', 'wim-graat', 'gezinshuis-de-wilg', START),
  ...contractTalkStaff('CM-NOORD'),

  // Contract talks Zuid.
  seat('CM-ZUID', 'MEMBER', 'mark-peters', 'combinatie-zuid', START, ZUID_HANDOVER_LAST),
  seat('CM-ZUID', 'MEMBER', 'monique-van-den-berg', 'combinatie-zuid', ZUID_HANDOVER_FIRST),
  seat('CM-ZUID', 'MEMBER', 'lisa-dekker', 'kinderkracht-limburg', START),
  seat('CM-ZUID', 'MEMBER', 'ellen-custers', 'ambulant-team-roerstreek', START),
  ...contractTalkStaff('CM-ZUID'),
];
