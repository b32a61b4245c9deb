/**
 * Escalation and the agenda in a sentence (001, issue 16): "het ORO komt er niet uit over de
 * wachttijden" (the subject goes on the SBO's agenda), "Zorggroep Zuid treedt tussentijds toe tot het
 * SBO" (an interim accession on its agenda), "wat staat er op de agenda van het SBO?". Only a statement
 * escalates or puts an accession on an agenda: "het ORO komt er niet uit, waar escaleren we naar?"
 * stays a question about the rule.
 */
import type { CommitteeName } from '../../services/registry/registry-catalog.ts';
import { cleanTitle, withoutCommittees } from './proposal-cues.ts';
import type { Reading, Slot } from './read-message.ts';

type C = Slot<CommitteeName>;

/** The intents about escalation and agenda items. */
export type AgendaIntent =
  | { readonly kind: 'escalate'; readonly committee: C; readonly subject: string | null }
  | { readonly kind: 'accession'; readonly committee: C; readonly organisation: string }
  | { readonly kind: 'agenda-items'; readonly committee: C };

/** The agenda intents that change something. */
export const AGENDA_WRITES = ['escalate', 'accession'] as const;

const STUCK = /\b(?:komt?|komen)\s+(?:er\s+)?niet\s+uit\b|\b(?:can['’ ]?t|cannot|can not|do not|don['’ ]?t|does not|doesn['’ ]?t|fails? to)\s+agree\b/iu;
const ABOUT = /\b(?:over|about|on|rond|omtrent)\s+(.+)$/iu;
const ACCESSION = [/^(.+?)\s+treedt\s+tussentijds\s+toe\b/iu, /^(.+?)\s+(?:joins|is joining|will join)\b.*\b(?:interim|mid-?term|during the term)\b/iu, /\btussentijdse\s+toetreding\s+(?:van\s+)?(.+)$/iu, /\binterim\s+accession\s+(?:of\s+)?(.+)$/iu];
const AGENDA = /\bwat\s+staat\s+er\s+op\s+de\s+agenda\b|\bagendapunten\b|\bwhat(?:['’]s|\s+is|s)?\s+on\s+the\b.*\bagenda\b|\bagenda\s+items\b/iu;

/** The agenda intent of a message, or null. */
export function agendaIntent(text: string, r: Reading): AgendaIntent | null {
  const committee = r.committees[0]?.slot ?? null;
  if (!committee) return null;
  const plain = withoutCommittees(text, r);
  if (!r.question) {
    if (STUCK.test(plain)) {
      const after = plain.slice(STUCK.exec(plain)!.index);
      return { kind: 'escalate', committee, subject: cleanTitle(ABOUT.exec(after)?.[1]) };
    }
    for (const pattern of ACCESSION) {
      const organisation = cleanTitle(pattern.exec(plain.replace(/\s+(?:tot|to)\s*$/iu, ''))?.[1]?.replace(/\s+(?:tot|to)$/iu, ''));
      if (organisation) return { kind: 'accession', committee, organisation };
    }
  }
  if (AGENDA.test(text)) return { kind: 'agenda-items', committee };
  return null;
}
