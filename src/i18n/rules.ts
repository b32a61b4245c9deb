/**
 * Answers to questions about a committee's rules (conversation/understand/rule-answers.ts), in Dutch
 * and English. `the` is the committee with its article ("het SBO"), `The` the same at the start of a
 * sentence. Quotes stay in the source's Dutch; an English answer says so.
 */
import { str, type Catalog, type Params } from './catalog.ts';

const both = (nl: (p: Params) => string, en: (p: Params) => string) => ({ nl, en });

/** Messages by code. */
export const ruleMessages = {
  RULE_TITLE_DECISION: both((p) => `Besluitvorming in ${str(p, 'the')}`, (p) => `How ${str(p, 'the')} decides`),
  RULE_TITLE_VOTES: both((p) => `Wie stemt in ${str(p, 'the')}`, (p) => `Who votes in ${str(p, 'the')}`),
  RULE_TITLE_SUBSTITUTE: both((p) => `Vervanging in ${str(p, 'the')}`, (p) => `Substitutes in ${str(p, 'the')}`),
  RULE_TITLE_MANDATE: both((p) => `Mandaat in ${str(p, 'the')}`, (p) => `Mandates in ${str(p, 'the')}`),
  RULE_TITLE_DEADLINES: both((p) => `Termijnen van ${str(p, 'the')}`, (p) => `Deadlines of ${str(p, 'the')}`),
  RULE_TITLE_RHYTHM: both((p) => `Hoe vaak ${str(p, 'the')} vergadert`, (p) => `How often ${str(p, 'the')} meets`),
  RULE_TITLE_PURPOSE: both((p) => `Doel van ${str(p, 'the')}`, (p) => `Purpose of ${str(p, 'the')}`),
  RULE_TITLE_COMPOSITION: both((p) => `Samenstelling van ${str(p, 'the')}`, (p) => `Composition of ${str(p, 'the')}`),
  RULE_TITLE_ESCALATION: both((p) => `Als ${str(p, 'the')} er niet uitkomt`, (p) => `When ${str(p, 'the')} cannot agree`),
  RULE_TITLE_AGENDA: both((p) => `Agenda en verslag van ${str(p, 'the')}`, (p) => `Agenda and minutes of ${str(p, 'the')}`),
  RULE_TITLE_CONTACT: both(() => 'Aanspreekpunt', () => 'Point of contact'),

  RULE_MAY_DECIDE_YES: both((p) => `Ja, ${str(p, 'the')} mag besluiten nemen.`, (p) => `Yes, ${str(p, 'the')} may take decisions.`),
  RULE_MAY_DECIDE_NO: both((p) => `Nee, ${str(p, 'the')} neemt geen bindende besluiten.`, (p) => `No, ${str(p, 'the')} takes no binding decisions.`),
  DECIDE_CONSENSUS: both(() => 'Besluiten vallen bij consensus: iedere stemgerechtigde zetel stemt in en niemand maakt bezwaar; één bezwaar houdt een besluit tegen.', () => 'Decisions are taken by consensus: every voting seat agrees and nobody objects; one objection blocks a decision.'),
  DECIDE_MAJORITY: both(() => 'Besluiten vallen met een meerderheid van de uitgebrachte stemmen; onthoudingen tellen niet mee.', () => 'Decisions are taken by a majority of the votes cast; abstentions do not count.'),
  DECIDE_ABSOLUTE_MAJORITY: both(() => 'Een voorstel is aangenomen als ten minste de helft van alle stemgerechtigde zetels plus één voor stemt (meerderheid +1).', () => 'A proposal is adopted when at least half of all voting seats plus one vote for it (majority + 1).'),
  DECIDE_COMMON_AGREEMENT: both(() => 'Besluiten vallen in gezamenlijkheid (iedereen eens); lukt dat niet, dan beslist de meerderheid van de uitgebrachte stemmen.', () => 'Decisions are taken by common agreement; failing that, the majority of the votes cast decides.'),
  DECIDE_FOR_AGAINST_ADVICE: both(() => 'Partijen stemmen voor of tegen; de stemverhouding wordt genotuleerd en de uitkomst is een advies: de gemeente besluit.', () => 'Parties vote for or against; the ratio is minuted and the outcome is advice: the municipality decides.'),
  DECIDE_DECISION_LIST: both(() => 'Besluiten vallen met een meerderheid van stemmen en komen op een besluitenlijst die na de vergadering wordt gedeeld.', () => 'Decisions are taken by a majority of votes and go on a decision list shared after the meeting.'),
  DECIDE_ADVISORY: both(() => 'Dit overleg bereidt voor en adviseert; het neemt zelf geen bindende besluiten.', () => 'This body prepares and advises; it takes no binding decisions itself.'),
  DECIDE_NO_DECISIONS: both(() => 'Hier vindt geen besluitvorming plaats: het is alleen overleg.', () => 'No decisions are taken here: it is consultation only.'),

  VOTES_SEAT: both(() => 'Alleen leden stemmen, met één stem per zetel; adviseurs, secretarissen en een voorzitter zonder lidzetel stemmen niet.', () => 'Only members vote, one vote per seat; advisers, secretaries and a chair without a member seat do not vote.'),
  VOTES_PARTY: both(() => 'Iedere partij heeft één stem, hoeveel zetels zij ook heeft (alle partijen gelijk); alleen leden stemmen.', () => 'Every party has one vote, however many seats it holds (all parties equal); only members vote.'),
  VOTES_NONE: both((p) => `In ${str(p, 'the')} wordt niet gestemd.`, (p) => `There is no voting in ${str(p, 'the')}.`),
  VOTES_COUNT: both((p) => `Nu ${str(p, 'count')} stemgerechtigde zetels.`, (p) => `Now ${str(p, 'count')} voting seats.`),

  SUBSTITUTE_SAME_ORGANISATION_WITH_MANDATE: both(() => 'Een vervanger komt uit dezelfde organisatie en heeft op de dag van de vergadering een geldig mandaat om die te vertegenwoordigen.', () => 'A substitute comes from the same organisation and holds a valid mandate to represent it on the day of the meeting.'),
  SUBSTITUTE_SAME_ORGANISATION: both(() => 'Een vervanger is een collega uit dezelfde organisatie; een mandaat is niet nodig.', () => 'A substitute is a colleague from the same organisation; no mandate is needed.'),
  SUBSTITUTE_SAME_ORGANISATION_OR_COMBINATION: both(() => 'Een vervanger is een goed geïnformeerde collega uit de eigen organisatie, coalitie of gemeente.', () => 'A substitute is a well-informed colleague from the own organisation, coalition or municipality.'),
  SUBSTITUTE_NAMED_SUBSTITUTE: both(() => 'Alleen de vervanger die de partij heeft aangewezen mag invallen.', () => 'Only the substitute the party has named may stand in.'),
  SUBSTITUTE_NONE: both(() => 'Vervanging is niet toegestaan: een lid kan zich alleen afmelden.', () => 'No substitutes: a member can only send notice.'),
  SUBSTITUTE_YOURS: both((p) => `U zit er namens ${str(p, 'organisations')}${p.named ? `; uw aangewezen vervanger is ${str(p, 'named')}` : ''}.`, (p) => `You sit there for ${str(p, 'organisations')}${p.named ? `; your named substitute is ${str(p, 'named')}` : ''}.`),
  SUBSTITUTE_HOW: both((p) => `Afmelden met vervanger: "Ik ben verhinderd bij het volgende ${str(p, 'label')}, <naam> vervangt mij".`, (p) => `To send notice with a substitute: "I can't attend the next ${str(p, 'label')}; <name> replaces me".`),

  MANDATE_REQUIRED_YES: both((p) => `Ja: wie in ${str(p, 'the')} als lid zit, heeft een geldig mandaat nodig voor de partij namens wie hij of zij zit.`, (p) => `Yes: a member of ${str(p, 'the')} needs a valid mandate for the party they sit for.`),
  MANDATE_REQUIRED_NO: both((p) => `Nee: ${str(p, 'the')} vraagt voor een zetel geen vastgelegd mandaat.`, (p) => `No: ${str(p, 'the')} asks no recorded mandate for a seat.`),
  MANDATE_FOR_SUBSTITUTE: both(() => 'Een vervanger heeft wel een geldig mandaat nodig.', () => 'A substitute does need a valid mandate.'),

  DEADLINES_ARE: both((p) => `${str(p, 'list')}.`, (p) => `${str(p, 'list')}.`),
  DEADLINES_BY: both((p) => `Verantwoordelijk: ${str(p, 'who')}.`, (p) => `Responsible: ${str(p, 'who')}.`),
  RHYTHM_IS: both((p) => `${str(p, 'note')}${p.time ? ` (om ${str(p, 'time')})` : ''}.`, (p) => `In the source's Dutch words: "${str(p, 'note')}"${p.time ? ` (at ${str(p, 'time')})` : ''}.`),
  RHYTHM_NEXT: both((p) => `Volgende vergadering: ${str(p, 'day')}.`, (p) => `Next meeting: ${str(p, 'day')}.`),
  PURPOSE_IS: both((p) => `Volgens de bron: ${str(p, 'purpose')}`, (p) => `In the source's Dutch words: "${str(p, 'purpose')}"`),
  PURPOSE_NONE: both((p) => `De bron noemt geen doel voor ${str(p, 'the')}.`, (p) => `The source names no purpose for ${str(p, 'the')}.`),
  PARTNERSHIP_IS: both((p) => `Onderdeel van: ${str(p, 'partnership')}.`, (p) => `Part of: ${str(p, 'partnership')}.`),
  COMPOSITION_KINDS: both((p) => `Leden per soort partij: ${str(p, 'list')}.`, (p) => `Members per kind of party: ${str(p, 'list')}.`),
  COMPOSITION_PER_PARTY: both((p) => `Ten hoogste ${str(p, 'count')} ${Number(p.count) === 1 ? 'lid' : 'leden'} per partij.`, (p) => `At most ${str(p, 'count')} ${Number(p.count) === 1 ? 'member' : 'members'} per party.`),
  COMPOSITION_OWN_ONLY: both(() => 'Ieder lid zit alleen namens de eigen organisatie of coalitie.', () => 'Every member sits only for their own organisation or coalition.'),
  COMPOSITION_NOW: both((p) => `Nu: ${str(p, 'list')}.`, (p) => `Now: ${str(p, 'list')}.`),
  ESCALATES_TO: both((p) => `Komt ${str(p, 'the')} er niet uit, dan gaat het naar ${str(p, 'target')}.`, (p) => `When ${str(p, 'the')} cannot agree, the matter goes to ${str(p, 'target')}.`),
  ESCALATES_NOWHERE: both((p) => `Voor ${str(p, 'the')} is geen gremium vastgelegd om naar te escaleren.`, (p) => `No committee is recorded for ${str(p, 'the')} to escalate to.`),
  IMPASSE_INTRO: both(() => 'De impasseprocedure (bijlage 2):', () => 'The impasse procedure (appendix 2):'),
  IMPASSE_STEP: both((p) => `stap ${str(p, 'step')}: ${IMPASSE_NL[str(p, 'step')] ?? ''}`, (p) => `step ${str(p, 'step')}: ${IMPASSE_EN[str(p, 'step')] ?? ''}`),
  AGENDA_BY: both((p) => `De agenda en het verslag van ${str(p, 'the')} worden verzorgd door: ${str(p, 'who')}.`, (p) => `The agenda and minutes of ${str(p, 'the')} are prepared by: ${str(p, 'who')}.`),
  AGENDA_BY_NONE: both((p) => `Voor ${str(p, 'the')} is niet vastgelegd wie de agenda en het verslag verzorgt.`, (p) => `It is not recorded who prepares the agenda and minutes of ${str(p, 'the')}.`),
  AGENDA_COMMITTEE_NOW: both((p) => `In de agendacommissie zitten nu: ${str(p, 'people')}.`, (p) => `The agenda committee now: ${str(p, 'people')}.`),
  CONTACT_NONE: both((p) => `De bronnen van ${str(p, 'partnership')} noemen geen aanspreekpunt; vraag het de secretaris van ${str(p, 'the')}.`, (p) => `The sources of ${str(p, 'partnership')} name no point of contact; ask the secretary of ${str(p, 'the')}.`),
  RULE_SOURCE_QUOTE: both((p) => `Bron ${str(p, 'ref')}: “${str(p, 'text')}”`, (p) => `Source ${str(p, 'ref')} (Dutch original): “${str(p, 'text')}”`),
  RULE_SOURCE_REF: both((p) => `Bron: ${str(p, 'ref')}`, (p) => `Source: ${str(p, 'ref')}`),
  RULE_WHICH_COMMITTEE: both((p) => `Over welk gremium gaat uw vraag?${p.suggestions ? ` Bijvoorbeeld ${str(p, 'suggestions')}.` : ''}`, (p) => `Which committee do you mean?${p.suggestions ? ` For example ${str(p, 'suggestions')}.` : ''}`),
} satisfies Catalog;

const IMPASSE_NL: Readonly<Record<string, string>> = {
  '1': 'iedere partij schrijft een impassedocument en stuurt het naar de anderen',
  '2a': 'verschillen de documenten, dan binnen 2 weken een gesprek daarover',
  '2b': 'komen ze overeen, dan binnen 2 weken de argumenten op papier en binnen 2 weken daarna een afspraak',
  '3': 'het gesprek op basis van de argumenten',
  '4': 'binnen 3 weken een derde persoon (mediator) aanwijzen, binnen 2 weken daarna een nieuwe vergadering',
  '5': 'geen overeenstemming binnen 3 maanden na het eerste gesprek met de mediator: artikel 15 van de Centrumregeling (geschillenregeling)',
};
const IMPASSE_EN: Readonly<Record<string, string>> = {
  '1': 'each party writes an impasse document and sends it to the others',
  '2a': 'if the documents differ, a talk about them within 2 weeks',
  '2b': 'if they match, the arguments on paper within 2 weeks and a meeting within 2 weeks after that',
  '3': 'the talk on the basis of the arguments',
  '4': 'name a third person (mediator) within 3 weeks, a new meeting within 2 weeks after that',
  '5': 'no agreement within 3 months of the first talk with the mediator: article 15 of the Centrumregeling (dispute clause)',
};
