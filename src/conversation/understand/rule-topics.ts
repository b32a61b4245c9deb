/**
 * Questions about a committee's rules: which rule a message asks about, from its cue words ("mag het
 * KBO besluiten nemen?", "who may replace me at the SBO?", "het ORO komt er niet uit, waar escaleren
 * we naar?"). The first topic whose cue matches wins, the most specific first.
 */
import type { RuleTopic } from '../../domain/rules/rule-quotes.ts';
import type { Reading } from './read-message.ts';

export type { RuleTopic } from '../../domain/rules/rule-quotes.ts';

const DOCUMENT = String.raw`(?:agenda|verslag|notulen|minutes|stukken|papers|besluitenlijst|decision list)`;

/** Topic cues on the message's plain words, in order of precedence. */
const TOPICS: readonly (readonly [RuleTopic, RegExp])[] = [
  ['contact', /\b(?:aanspreekpunt|contactpunt|contactpersoon|point of contact|contact point|contact person|contactperson)\b/u],
  ['escalation', /\b(?:escal\w*|opschal\w*|opgeschaald|impasse\w*|geschil\w*|komt?(?: er)? niet uit|komen(?: er)? niet uit|niet eens|oneens|geen overeenstemming|can ?t agree|cannot agree|don ?t agree|do not agree|disagree\w*|deadlock\w*|dispute\w*|conflict)\b/u],
  ['agenda', new RegExp(String.raw`\b(?:wie|who)\b.*\b(?:maakt|maken|stelt|stellen|verzorgt|verzorgen|schrijft|bepaalt|doet|makes|make|prepares|prepare|writes|write|sets|draws|takes|does|keeps|in charge of|responsible for)\b.*\b${DOCUMENT}\b|\b(?:wie|who)\b.*\b(?:notuleert|notuleren|minutes taker)\b`, 'u')],
  ['deadlines', new RegExp(String.raw`\b(?:hoeveel dagen|how many days|hoe lang (?:van )?te ?voren|how (?:long|far) (?:in advance|ahead|before)|termijn\w*|deadlines?|wanneer moet|when (?:must|should|is|are|does)|uiterlijk|binnen hoeveel|within how)\b.*\b${DOCUMENT}\b|\b${DOCUMENT}\b.*\b(?:rond|klaar zijn|ready|due|termijn\w*|deadlines?|hoeveel dagen|how many days)\b|^(?:wat|welke|what|which) (?:zijn|are)? ?(?:de |the )?(?:termijnen|deadlines)\b`, 'u')],
  ['substitute', /\b(?:vervang\w*|substitut\w*|replace\w*|replacement|stand in|stands in|in (?:mijn|zijn|haar) plaats|in my place|invall\w*|proxy)\b/u],
  ['mandate', /\b(?:mandaat|mandaten|mandate|mandates|gemandateerd|bevoegd\w*|authori[sz]\w*|authority)\b/u],
  ['votes', /\b(?:wie (?:mag |mogen |kan |kunnen )?(?:er )?stem\w*|stemrecht|stemgerechtigd\w*|who (?:may |can |gets to |is allowed to )?votes?|voting rights?|right to vote|hoeveel stemmen|how many votes|stem per|vote per|one vote|een stem)\b/u],
  ['decision', /\b(?:besluitregel|besluitvorming|beslist|besluit (?:het|de)|besluiten nemen|besluiten neemt|besluiten mag|beslissen|beslissingen|decision rule|decision ?making|decides?|take decisions|make decisions|takes decisions|consensus|meerderheid|majority|stemregel|voting rule|hoe wordt er (?:besloten|gestemd)|how (?:is|are) (?:it|decisions) (?:decided|taken))\b/u],
  ['rhythm', /\b(?:hoe vaak|hoe dikwijls|ritme|frequentie|vergaderfrequentie|vergaderschema|how often|how frequently|rhythm|frequency|meeting schedule|elke hoeveel)\b/u],
  ['composition', /\b(?:samenstelling|samengesteld|hoeveel leden|hoeveel zetels|uit wie bestaat|bestaat uit|composition|composed|how many members|how many seats|made up|consists? of|hoe groot)\b/u],
  ['purpose', /\b(?:doel|doelen|doelstelling|waarvoor|waar is .+ voor|waar dient|wat doet|wat is de taak|taken van|purpose|goal|aim|what is .+ for|what does .+ do|what are .+ for|tasks? of)\b/u],
];

/** The rule a message asks about, or null. A statement ("X vervangt mij") is no question about a rule. */
export function ruleTopicOf(r: Reading): RuleTopic | null {
  if (!r.question && r.people.length > 0) return null;
  for (const [topic, cue] of TOPICS) if (cue.test(r.plain)) return topic;
  return null;
}
