/**
 * The impasse procedure's steps 2-5 as people say them (004 appendix 2, issue 16), each read as the
 * event `/gremium impasse stap` records: "de impassedocumenten over de tarieven verschillen, we plannen
 * een gesprek" (step 2: DIFFER), "... komen overeen" (SAME), "na het gesprek over de tarieven hebben we
 * dezelfde impasse voor ogen" (2a: SAME_IMPASSE), "het gesprek over de tarieven is gepland op 12
 * januari" (2b: PLANNED), "geen overeenstemming over de tarieven, artikel 15" (3 and 5: NO_AGREEMENT),
 * "de bemiddelaar voor de impasse over de tarieven is Mr. A. de Wit" (4: MEDIATOR), "het gesprek met de
 * bemiddelaar over de tarieven heeft plaatsgevonden" (4: TALK_HELD), "de impasse over de tarieven is
 * opgelost" (RESOLVED); and the same in English. Only statements: a question never records a step, and
 * a step read here is only proposed with its command (propose-procedure.ts).
 */
import type { LocalDate } from '../../domain/local-date.ts';
import type { DateSpan } from './dates.ts';
import type { ImpasseEvent } from '../../domain/procedures/impasse.ts';
import { cleanTitle } from './proposal-cues.ts';

/** A step as read: the event, the subject as typed, and the day or mediator it names. */
export interface ReadStep {
  readonly event: ImpasseEvent;
  readonly subject: string;
  readonly day: LocalDate | null;
  readonly mediator: string | null;
}

/** "over X" / "about X", optionally "(over) de impasse over X". */
const ABOUT = String.raw`(?:over|about|on|rond|concerning)\s+(?:(?:de|the)\s+impasse\s+(?:over|about|on)\s+)?`;
const DOCS = String.raw`\bimpasse[\s-]?(?:documenten|documents)\s+${ABOUT}`;

/** Each step's phrasings; group 1 is the subject (the mediator's name comes from MEDIATOR). */
const STEPS: readonly { readonly event: ImpasseEvent; readonly patterns: readonly RegExp[] }[] = [
  { event: 'DIFFER', patterns: [
    new RegExp(`${DOCS}(.+?)\\s+(?:verschillen|wijken\\s+af|komen\\s+niet\\s+overeen|zijn\\s+(?:niet\\s+gelijk|verschillend))\\b`, 'iu'),
    new RegExp(`${DOCS}(.+?)\\s+(?:differ|do\\s+not\\s+match|don'?t\\s+match|are\\s+(?:different|not\\s+the\\s+same))\\b`, 'iu'),
  ] },
  { event: 'SAME', patterns: [
    new RegExp(`${DOCS}(.+?)\\s+(?:komen\\s+overeen|zijn\\s+(?:gelijk|hetzelfde))\\b`, 'iu'),
    new RegExp(`${DOCS}(.+?)\\s+(?:match|agree|are\\s+the\\s+same)\\b`, 'iu'),
  ] },
  { event: 'SAME_IMPASSE', patterns: [
    new RegExp(`\\bgesprek\\s+${ABOUT}(.+?)\\s+(?:hebben|zien)\\s+(?:we|wij)\\s+dezelfde\\s+impasse\\b`, 'iu'),
    new RegExp(`\\btalk\\s+${ABOUT}(.+?)\\s+we\\s+(?:see|have)\\s+the\\s+same\\s+impasse\\b`, 'iu'),
  ] },
  { event: 'PLANNED', patterns: [
    new RegExp(`\\b(?:gesprek|afspraak|overleg)\\s+${ABOUT}(.+?)\\s+(?:is|staat)\\b.*?\\b(?:in)?gepland\\b`, 'iu'),
    new RegExp(`\\b(?:talk|meeting)\\s+${ABOUT}(.+?)\\s+(?:is|has\\s+been)\\b.*?\\b(?:planned|scheduled)\\b`, 'iu'),
  ] },
  { event: 'TALK_HELD', patterns: [
    new RegExp(`\\bgesprek\\s+(?:met\\s+de\\s+bemiddelaar\\s+)?${ABOUT}(.+?)\\s+(?:heeft\\b.*?\\bplaatsgevonden|is\\b.*?\\b(?:gevoerd|gehouden))\\b`, 'iu'),
    new RegExp(`\\btalk\\s+(?:with\\s+the\\s+mediator\\s+)?${ABOUT}(.+?)\\s+(?:took\\s+place|has\\s+taken\\s+place|was\\s+held|has\\s+been\\s+held)\\b`, 'iu'),
  ] },
  { event: 'NO_AGREEMENT', patterns: [
    new RegExp(`\\bgeen\\s+overeenstemming\\s+${ABOUT}(.+?)(?:\\s*[,;.]|\\s+(?:dus|artikel|nu)\\b|$)`, 'iu'),
    new RegExp(`\\bno\\s+agreement\\s+${ABOUT}(.+?)(?:\\s*[,;.]|\\s+(?:so|article|now)\\b|$)`, 'iu'),
  ] },
  { event: 'RESOLVED', patterns: [
    new RegExp(`\\bimpasse\\s+(?:over|about|on)\\s+(.+?)\\s+is\\s+(?:opgelost|resolved|settled)\\b`, 'iu'),
  ] },
];

/** "de bemiddelaar voor de impasse over X is Y", "we hebben een bemiddelaar voor de impasse over X: Y", and in English. */
const MEDIATOR = [
  new RegExp(`\\b(?:bemiddelaar|mediator)\\s+(?:voor|in|bij|for|of)\\s+(?:de\\s+|the\\s+)?impasse\\s+(?:over|about|on)\\s+(.+?)\\s*(?::|\\s+is\\s+|\\s+wordt\\s+|\\s+will\\s+be\\s+)\\s*(.+)$`, 'iu'),
  new RegExp(`\\b(.+?)\\s+(?:is|wordt)\\s+(?:aangewezen\\s+als\\s+)?(?:de\\s+)?bemiddelaar\\s+(?:voor|in|bij)\\s+(?:de\\s+)?impasse\\s+over\\s+(.+)$`, 'iu'),
  new RegExp(`\\b(.+?)\\s+(?:is|will\\s+be)\\s+(?:named\\s+as\\s+)?(?:the\\s+)?mediator\\s+(?:for|in|of)\\s+(?:the\\s+)?impasse\\s+(?:about|on|over)\\s+(.+)$`, 'iu'),
];

/** Words that may open a mediator's sentence before the name ("wij hebben ..." is no name). */
const NOT_A_NAME = /^(?:we|wij|ze|zij|they|there|er)\b/iu;

/** The impasse step a statement records, or null. `plain` is the message without committee names. */
export function impasseStep(plain: string, date: DateSpan | null): ReadStep | null {
  for (const [i, m] of MEDIATOR.map((p) => p.exec(plain)).entries()) {
    if (!m) continue;
    const [subject, name] = i === 0 ? [m[1], m[2]] : [m[2], m[1]];
    const s = cleanTitle(subject);
    const n = cleanTitle(name?.replace(/^(?:aangewezen|benoemd|named)\s*:?\s*/iu, ''));
    if (s && n && !NOT_A_NAME.test(n)) return { event: 'MEDIATOR', subject: s, day: null, mediator: n };
  }
  for (const step of STEPS) {
    for (const pattern of step.patterns) {
      const subject = cleanTitle(pattern.exec(plain)?.[1]);
      if (!subject) continue;
      // A planned talk is to come ("op 12 januari": the next one); a talk held is past (none named: today, propose-procedure.ts).
      const day = step.event === 'PLANNED' ? (date?.upcoming ?? null) : step.event === 'TALK_HELD' ? (date?.day ?? null) : null;
      return { event: step.event, subject, day, mediator: null };
    }
  }
  return null;
}
