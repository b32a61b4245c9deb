/**
 * `/gremium kanaal <gremium>` typed in a channel: the secretary says "post this committee's reminders
 * and poll cards here". One channel per committee per platform (CommitteeChannel); a second call moves
 * it. Only the committee's secretary or an administrator, and only in a shared channel: a private chat
 * with the bot would make the committee's cards one person's. The channel it leaves is told, through
 * the outbox (the scheduler posts it, with retries), so nobody there waits for cards that moved.
 */
import { randomUUID } from 'node:crypto';
import { canManageCommittee } from '../../domain/registry/permissions.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import type { Language } from '../../i18n/catalog.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { loadActorFacts } from '../identity/load-actor.ts';

/**
 * What to bind. `direct`: the command came from the asker's private chat with the bot. `notice`: the
 * replies for the channel left behind, in the committee's language (the conversation words them), given
 * the committee's code and the name of the person moving it.
 */
export interface SetChannelInput {
  readonly actor: Actor & { personId: string };
  readonly committeeId: string;
  readonly platform: string;
  readonly channel: string | null;
  readonly direct?: boolean;
  readonly notice?: (lang: Language, facts: { committee: string; person: string }) => object;
}

/**
 * Error codes:
 * - NOT_COMMITTEE_SECRETARY: the actor is neither the committee's secretary nor an administrator.
 * - NO_CHANNEL: the command was not typed in a platform channel (the console has none).
 * - DIRECT_CONVERSATION: it was typed in the asker's private chat with the bot. Params: `committee`.
 */
export type SetChannelError = DomainError<'NOT_COMMITTEE_SECRETARY' | 'NO_CHANNEL' | 'DIRECT_CONVERSATION'>;

/** Stores (or moves) the committee's channel on the platform, audited; a move queues the notice for the old channel. */
export async function setCommitteeChannel(
  deps: ServiceDeps,
  input: SetChannelInput,
): Promise<Result<{ code: string; platform: string; channel: string; moved: boolean }, SetChannelError>> {
  const now = deps.now();
  return transact(deps, async (tx) => {
    const committee = await tx.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true, language: true } });
    const actor = await loadActorFacts(tx, input.actor.personId);
    if (!actor || !canManageCommittee(actor, input.committeeId, amsterdamDay(now))) return err('NOT_COMMITTEE_SECRETARY', { committee: committee.code });
    if (!input.channel || input.platform === 'console') return err('NO_CHANNEL', { committee: committee.code });
    if (input.direct) return err('DIRECT_CONVERSATION', { committee: committee.code });
    const where = { committeeId_platform: { committeeId: input.committeeId, platform: input.platform } };
    const before = await tx.committeeChannel.findUnique({ where });
    const after = await tx.committeeChannel.upsert({
      where, create: { committeeId: input.committeeId, platform: input.platform, channel: input.channel }, update: { channel: input.channel },
    });
    await audit(tx, input.actor, { action: 'channel.set', subjectType: 'CommitteeChannel', subjectId: after.id, committeeId: input.committeeId, before: before ?? undefined, after }, now);
    const moved = before !== null && before.channel !== input.channel;
    if (moved && input.notice) {
      const lang: Language = committee.language === 'en' ? 'en' : 'nl';
      await tx.outboxMessage.create({
        data: {
          key: `channel:${after.id}:left:${before.channel}:${randomUUID()}`, platform: input.platform, channel: before.channel,
          payload: input.notice(lang, { committee: committee.code, person: actor.name }) as never, dueAt: now,
        },
      });
    }
    return ok({ code: committee.code, platform: input.platform, channel: input.channel, moved });
  });
}
