/**
 * `/gremium kanaal <gremium>` typed in a channel: the secretary says "post this committee's reminders
 * here". One channel per committee per platform (CommitteeChannel); a second call moves it.
 */
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';
import { permit, type PermissionError } from '../authorize.ts';

/**
 * Error codes:
 * - NOT_COMMITTEE_SECRETARY: the actor is neither the committee's secretary nor an administrator.
 * - NO_CHANNEL: the command was not typed in a platform channel (the console has none).
 */
export type SetChannelError = DomainError<'NO_CHANNEL'> | PermissionError;

/** Stores (or moves) the committee's channel on the platform, audited. */
export async function setCommitteeChannel(
  deps: ServiceDeps,
  input: { actor: Actor & { personId: string }; committeeId: string; platform: string; channel: string | null },
): Promise<Result<{ code: string; platform: string; channel: string; moved: boolean }, SetChannelError>> {
  const now = deps.now();
  return transact(deps, async (tx) => {
    const committee = await tx.committee.findUniqueOrThrow({ where: { id: input.committeeId }, select: { code: true } });
    const allowed = await permit(tx, input.actor.personId, 'channel.bind', { committeeId: input.committeeId }, amsterdamDay(now));
    if (!allowed.ok) return allowed;
    if (!input.channel || input.platform === 'console') return err('NO_CHANNEL', { committee: committee.code });
    const where = { committeeId_platform: { committeeId: input.committeeId, platform: input.platform } };
    const before = await tx.committeeChannel.findUnique({ where });
    const after = await tx.committeeChannel.upsert({
      where, create: { committeeId: input.committeeId, platform: input.platform, channel: input.channel }, update: { channel: input.channel },
    });
    await audit(tx, input.actor, { action: 'channel.set', subjectType: 'CommitteeChannel', subjectId: after.id, committeeId: input.committeeId, before: before ?? undefined, after }, now);
    return ok({ code: committee.code, platform: input.platform, channel: input.channel, moved: before !== null && before.channel !== input.channel });
  });
}
