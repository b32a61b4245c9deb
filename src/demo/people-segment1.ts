/**
 * Demo people of segment 1 (seed 001): 14 aldermen, the combinations' directors and staff, the
 * regional policy officers and the MGR's staff. All invented; e-mail domains end in `.example`.
 */
import type { OrganisationKey } from './organisations.ts';
import { personBuilder } from './types.ts';

const person = personBuilder<OrganisationKey>();

/** One alderman (wethouder) per municipality: the Stuurgroep's "14 vertegenwoordigende wethouders". */
export const SEGMENT1_ALDERMEN = [
  person('wendy-peeters', 'Wendy Peeters', 'wendy.peeters@beesel.example', 'gemeente-beesel'),
  person('harrie-cox', 'Harrie Cox', 'harrie.cox@bergen-l.example', 'gemeente-bergen-l'),
  person('ingrid-verbeek', 'Ingrid Verbeek', 'ingrid.verbeek@gennep.example', 'gemeente-gennep'),
  person('bart-jacobs', 'Bart Jacobs', 'bart.jacobs@horstaandemaas.example', 'gemeente-horst-aan-de-maas'),
  person('loes-smeets', 'Loes Smeets', 'loes.smeets@peelenmaas.example', 'gemeente-peel-en-maas'),
  person('marleen-janssen', 'Marleen Janssen', 'marleen.janssen@venlo.example', 'gemeente-venlo'),
  person('tom-hermans', 'Tom Hermans', 'tom.hermans@venray.example', 'gemeente-venray'),
  person('rob-vossen', 'Rob Vossen', 'rob.vossen@leudal.example', 'gemeente-leudal'),
  person('anouk-coolen', 'Anouk Coolen', 'anouk.coolen@nederweert.example', 'gemeente-nederweert'),
  person('frank-geurts', 'Frank Geurts', 'frank.geurts@weert.example', 'gemeente-weert'),
  person('nicole-gielen', 'Nicole Gielen', 'nicole.gielen@echt-susteren.example', 'gemeente-echt-susteren'),
  person('paul-schreurs', 'Paul Schreurs', 'paul.schreurs@maasgouw.example', 'gemeente-maasgouw'),
  person('maurice-houben', 'Maurice Houben', 'maurice.houben@roerdalen.example', 'gemeente-roerdalen'),
  person('esther-willems', 'Esther Willems', 'esther.willems@roermond.example', 'gemeente-roermond'),
] as const;

/** The directors of the penvoerders: the SBO's "6 Bestuurders namens de combinaties". */
export const SEGMENT1_DIRECTORS = [
  // The demo's best-known person: SBO for Combinatie Noord, its contract talks, and the Achterhoek KBO.
  person('jan-de-vries', 'Jan de Vries', 'jan.devries@jeugdzorgnoord.example', 'jeugdzorg-noord'),
  person('monique-van-den-berg', 'Monique van den Berg', 'monique.vandenberg@zorggroepzuid.example', 'zorggroep-zuid'),
  person('hans-kuipers', 'Hans Kuipers', 'hans.kuipers@jeugdhulpoost.example', 'jeugdhulp-oost'),
  person('eva-timmermans', 'Eva Timmermans', 'eva.timmermans@jeugdhulpwest.example', 'jeugdhulp-west'),
  person('daniel-hughes', 'Daniel Hughes', 'daniel.hughes@middenpunt.example', 'middenpunt-jeugd', 'en'),
  person('saskia-verhoeven', 'Saskia Verhoeven', 'saskia.verhoeven@maasdalzorg.example', 'maasdal-zorg'),
] as const;

/** The ORO's "2 stafmedewerkers per Combinatie". */
export const SEGMENT1_COMBINATION_STAFF = [
  // Holds a valid mandate for Combinatie Noord: a valid SBO substitute for Jan de Vries.
  person('piet-jansen', 'Piet Jansen', 'piet.jansen@jeugdzorgnoord.example', 'jeugdzorg-noord'),
  // Works at a member of Combinatie Noord but holds NO mandate: not a valid SBO substitute.
  person('karin-smit', 'Karin Smit', 'karin.smit@opgroeienmaasland.example', 'opgroeien-maasland'),
  // Held a mandate for Combinatie Zuid that expired on 2024-12-31.
  person('mark-peters', 'Mark Peters', 'mark.peters@zorggroepzuid.example', 'zorggroep-zuid'),
  person('lisa-dekker', 'Lisa Dekker', 'lisa.dekker@kinderkracht.example', 'kinderkracht-limburg'),
  // His mandate for Combinatie Oost was revoked on 2025-06-16.
  person('joost-mertens', 'Joost Mertens', 'joost.mertens@jeugdhulpoost.example', 'jeugdhulp-oost'),
  person('fleur-wouters', 'Fleur Wouters', 'fleur.wouters@debrug.example', 'behandelcentrum-de-brug'),
  person('rik-van-leeuwen', 'Rik van Leeuwen', 'rik.vanleeuwen@jeugdhulpwest.example', 'jeugdhulp-west'),
  person('naima-bouzid', 'Naima Bouzid', 'naima.bouzid@zonnedauw.example', 'zonnedauw-zorg'),
  person('koen-lemmens', 'Koen Lemmens', 'koen.lemmens@middenpunt.example', 'middenpunt-jeugd'),
  person('sophie-claessens', 'Sophie Claessens', 'sophie.claessens@lindehof.example', 'lindehof'),
  person('stefan-vermeulen', 'Stefan Vermeulen', 'stefan.vermeulen@maasdalzorg.example', 'maasdal-zorg'),
  person('iris-bosman', 'Iris Bosman', 'iris.bosman@gezinsvorm.example', 'gezinsvorm'),
  person('wim-graat', 'Wim Graat', 'wim.graat@dewilg.example', 'gezinshuis-de-wilg'),
  person('ellen-custers', 'Ellen Custers', 'ellen.custers@roerstreek.example', 'ambulant-team-roerstreek'),
] as const;

/** Policy officers of the three regions and the MGR's staff, including the segment's secretaries. */
export const SEGMENT1_OFFICERS = [
  // Beleidsmedewerker Noord-Limburg, elected ORO chair ("uit hun midden wordt de voorzitter gekozen").
  person('geert-linders', 'Geert Linders', 'geert.linders@venlo.example', 'gemeente-venlo'),
  person('bas-thijssen', 'Bas Thijssen', 'bas.thijssen@venray.example', 'gemeente-venray'),
  person('maud-kessels', 'Maud Kessels', 'maud.kessels@weert.example', 'gemeente-weert'),
  // Beleidsmedewerker Midden-Limburg Oost, chair of the Ambtelijk afstemmingsoverleg.
  person('yvonne-driessen', 'Yvonne Driessen', 'yvonne.driessen@roermond.example', 'gemeente-roermond'),
  // "Contractmanager segment 1 MGR": ORO member and chair of the contract talks.
  person('ronald-gerards', 'Ronald Gerards', 'ronald.gerards@mgr-limburgnoord.example', 'mgr-limburg-noord'),
  person('emma-clarke', 'Emma Clarke', 'emma.clarke@mgr-limburgnoord.example', 'mgr-limburg-noord', 'en'),
  person('hanneke-lambrechts', 'Hanneke Lambrechts', 'hanneke.lambrechts@mgr-limburgnoord.example', 'mgr-limburg-noord'),
  // Secretary of the SBO, the ORO and the Stuurgroep.
  person('sanne-bakker', 'Sanne Bakker', 'sanne.bakker@regio.example', 'mgr-limburg-noord'),
  // Secretary of the Ambtelijk afstemmingsoverleg and the contract talks ("De MGR organiseert ... verslaglegging").
  person('ilse-franssen', 'Ilse Franssen', 'ilse.franssen@mgr-limburgnoord.example', 'mgr-limburg-noord'),
] as const;
