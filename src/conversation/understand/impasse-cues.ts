/**
 * The impasse procedure in a sentence (004 appendix 2, issue 16): "waar staan we met de impasse over de
 * tarieven?", "where are we with the impasse about the tariffs?"; as statements "we starten een impasse
 * in de BOSD over de tarieven tussen Almere en Lelystad" and "ons impassedocument over de tarieven is
 * verstuurd". The subject is free text, read as typed (committee names taken out); parties are the
 * organisations the message names. Writes only from a statement.
 */
import type { LocalDate } from '../../domain/local-date.ts';
import type { ImpasseEvent } from '../../domain/procedures/impasse.ts';
import type { CommitteeName, OrganisationName } from '../../services/registry/registry-catalog.ts';
import { impasseStep } from './impasse-step-cues.ts';
import { cleanTitle, withoutCommittees } from './proposal-cues.ts';
import type { Reading, Slot } from './read-message.ts';

type C = Slot<CommitteeName>;

/** The intents about impasses. */
export type ImpasseIntent =
  | { readonly kind: 'impasse-status'; readonly committee: C | null; readonly subject: string }
  | { readonly kind: 'impasse-start'; readonly committee: C; readonly subject: string; readonly parties: readonly Slot<OrganisationName>[] }
  | { readonly kind: 'impasse-deliver'; readonly committee: C | null; readonly subject: string }
  | { readonly kind: 'impasse-step'; readonly committee: C | null; readonly subject: string; readonly event: ImpasseEvent; readonly day: LocalDate | null; readonly mediator: string | null };

/** The impasse intents that change something. */
export const IMPASSE_WRITES = ['impasse-start', 'impasse-deliver', 'impasse-step'] as const;

const STATUS = [
  /\b(?:waar|hoe)\s+sta(?:at|an)\s+(?:we|wij|het)\s+(?:er\s*voor\s+)?(?:met\s+)?(?:de\s+)?impasse\s+(?:over|rond|rondom|om)\s+(.+)$/iu,
  /\b(?:where|how)\s+(?:are|do|does|is|stands?)\s+(?:we|things|it)\s+(?:with|on)\s+(?:the\s+)?impasse\s+(?:about|over|on|concerning)\s+(.+)$/iu,
  /\bstatus\s+(?:van\s+|of\s+)?(?:de\s+|the\s+)?impasse\s+(?:over\s+|about\s+)?(.+)$/iu,
];
const START = /\b(?:start\w*|begin\w*|open\w*|signaleren|signaleer)\b.*\bimpasse\w*\s+(?:over|about|on)\s+(.+?)\s+(?:tussen|met|between|with)\b/iu;
const DELIVER = /\b(?:impassedocument|impasse document|impasse-document|argumenten|arguments)\s+(?:over|about|on|voor|for)\s+(?:de\s+impasse\s+(?:over\s+)?|the\s+impasse\s+(?:about\s+)?)?(.+?)\s+(?:is|zijn|has been|have been|are|was)\s+(?:verstuurd|ingeleverd|gestuurd|verzonden|sent|delivered)\b/iu;

/** A message about an impasse names it, its documents, its steps' talks or its mediator. */
const WORDS = /\b(?:impasse\w*|argumenten|arguments|bemiddelaar|mediator|overeenstemming|agreement|gesprek|afspraak|talk|meeting)\b/iu;

/** The impasse intent of a message, or null when it is about none. */
export function impasseIntent(text: string, r: Reading): ImpasseIntent | null {
  if (!WORDS.test(text)) return null;
  const committee = r.committees[0]?.slot ?? null;
  const plain = withoutCommittees(text, r);
  if (!r.question) {
    const start = START.exec(plain);
    const subject = cleanTitle(start?.[1]);
    if (start && subject && committee && r.organisations.length >= 2) return { kind: 'impasse-start', committee, subject, parties: r.organisations.map((o) => o.slot) };
    const deliver = cleanTitle(DELIVER.exec(plain)?.[1]);
    if (deliver) return { kind: 'impasse-deliver', committee, subject: deliver };
    const step = impasseStep(plain, r.dates[0] ?? null);
    if (step) return { kind: 'impasse-step', committee, ...step };
  }
  for (const pattern of STATUS) {
    const subject = cleanTitle(pattern.exec(plain)?.[1]);
    if (subject) return { kind: 'impasse-status', committee, subject };
  }
  return null;
}
