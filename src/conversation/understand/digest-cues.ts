/**
 * The weekly digest's day in a sentence (issue 17, point 5): "stuur mijn overzicht op vrijdag", "mijn
 * weekoverzicht liever op zondag", "geen wekelijks overzicht meer", "send my digest on Fridays", "turn
 * off my weekly digest". Only a statement that names the digest is read; like every write it is
 * answered with the exact command as a button (confirm.ts), never done from the sentence.
 */
import { weekdayOfName, type DigestChoice } from '../../domain/schedule/digest-day.ts';
import type { Reading } from './read-message.ts';

/** The intent that chooses the digest's day, or turns it off. */
export type DigestIntent = { readonly kind: 'digest-day'; readonly choice: DigestChoice };

/** The digest intents that change something. */
export const DIGEST_WRITES = ['digest-day'] as const;

/** The digest named: "weekoverzicht", "mijn/het/wekelijks overzicht", "digest", "weekly summary", "my overview". */
const DIGEST = /\b(?:weekoverzicht|weekoverzichten|(?:mijn|het|wekelijks|wekelijkse) overzicht|overzicht (?:per|elke|iedere) week|digest|(?:weekly|week) (?:summary|overview|update)|(?:my|the) (?:summary|overview))\b/u;
/** Turning it off: "geen ... meer", "zet ... uit", "stop", "no more", "turn off", "unsubscribe". */
const OFF = /\b(?:geen|nooit|stop|stoppen|stopt|uitzetten|afmelden|opzeggen|uitschrijven|no|never|disable|unsubscribe|cancel)\b|\bzet\b.*\buit\b|\bniet meer\b|\b(?:turn|switch) (?:it |my |the )?(?:\w+ )*?off\b/u;

/** The digest intent of a message, or null. */
export function digestIntent(r: Reading): DigestIntent | null {
  // A sentence that names a committee ("het overzicht van het SBO op vrijdag") is about that committee.
  if (r.question || r.committees.length > 0 || !DIGEST.test(r.plain)) return null;
  // "niet meer op maandag maar op vrijdag": the last day named is the one chosen.
  const days = r.tokens.map((t) => weekdayOfName(t.norm)).filter((d) => d !== null);
  if (days.length > 0) return { kind: 'digest-day', choice: days[days.length - 1]! };
  return OFF.test(r.plain) ? { kind: 'digest-day', choice: 'off' } : null;
}
