/**
 * The shared copy of a keyed card: what everyone in a committee's channel sees, as it is now. Platforms
 * edit every posted copy to this (Slack chat.update, Teams updateActivity), never to the card a clicker
 * got: that one is in the clicker's language and shows their own vote (issue 18 points 1 and 2).
 */
import type { Language } from '../i18n/catalog.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { bindServices } from '../services/index.ts';
import { pollCard } from './decisions/poll-card.ts';
import { committeeLang } from './decisions/replies.ts';
import type { CardKey, CardReply } from './reply.ts';

/** A shared card and the language it is in (platforms word their own parts of it, a refresh title, in it too). */
export interface SharedCard {
  readonly card: CardReply;
  readonly lang: Language;
}

/**
 * The shared card for `key` now: in the committee's language, with nobody's own vote; null when the
 * poll is gone; undefined for a kind of card that has no shared copy of its own (the caller keeps
 * what it has).
 */
export async function sharedCard(deps: ServiceDeps, key: CardKey): Promise<SharedCard | null | undefined> {
  if (key.kind !== 'poll') return undefined;
  const shown = await bindServices(deps).showPoll({ pollId: key.pollId });
  if (!shown.ok) return null;
  const lang = committeeLang(shown.value);
  return { card: pollCard(lang, shown.value), lang };
}
