/**
 * When a name in a question is not known but close to some that are, the asker gets the "did you mean"
 * as buttons (issue 15, point 2): each asks the same question again with that name in its place, as a
 * `/gremium vraag ...` line, so a click answers it. A sentence that asks for a change comes back as its
 * confirmation (confirm.ts), never as a write.
 */
import { t } from '../../i18n/index.ts';
import type { Language } from '../../i18n/catalog.ts';
import { card, type Reply } from '../reply.ts';

/** At most this many buttons: more is a list, not a question. */
const MAX_CHOICES = 3;

/** `replies`, with one card of choices after a "did you mean" whose typed name stands in `asked`. */
export function withChoices(lang: Language, asked: string, replies: Reply[]): Reply[] {
  const miss = replies[0];
  if (replies.length !== 1 || miss?.kind !== 'error' || !miss.typed || !miss.suggestions?.length) return replies;
  const at = asked.toLowerCase().indexOf(miss.typed.toLowerCase());
  if (at < 0) return replies;
  const choices = miss.suggestions.slice(0, MAX_CHOICES).map((name, i) => ({
    id: `choice-${i}`,
    label: name,
    command: `/gremium ${lang === 'nl' ? 'vraag' : 'ask'} ${asked.slice(0, at)}${name}${asked.slice(at + miss.typed!.length)}`.replace(/\s+/gu, ' '),
  }));
  return [miss, card({ title: t(lang, 'CHOICES_TITLE'), actions: choices })];
}
