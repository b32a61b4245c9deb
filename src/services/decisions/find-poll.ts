/**
 * A poll as people name it: its short name ("SBO-7", "sbo 7"; domain/decisions/poll-ref.ts) or its id
 * (buttons written before short names existed still work).
 */
import { parsePollRef } from '../../domain/decisions/poll-ref.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { runStatement } from '../../db/raw-sql.ts';
import type { ServiceDeps } from '../deps.ts';

/**
 * Error codes:
 * - UNKNOWN_POLL: no poll by that name or id. Params: `pollId` (as typed), `latest` (the committee's
 *   latest short name, when the committee is known).
 */
export type FindPollError = DomainError<'UNKNOWN_POLL'>;

/**
 * Every vote button names its poll by id, so this is read on every click: one plain prepared statement
 * (db/raw-sql.ts), not Prisma's findUnique, which cost a millisecond more per click.
 */
const POLL_BY_ID_SQL = 'SELECT id FROM "Poll" WHERE id = $1';

/** The id of the poll `typed` names. */
export async function findPollId(deps: ServiceDeps, input: { typed: string }): Promise<Result<{ pollId: string }, FindPollError>> {
  const typed = input.typed.trim();
  const [byId] = await runStatement<{ id: string }>(deps.db, { name: 'gremium_poll_by_id', text: POLL_BY_ID_SQL, values: [typed] });
  if (byId) return ok({ pollId: byId.id });
  const ref = parsePollRef(typed);
  const committee = ref ? await deps.db.committee.findFirst({ where: { code: { equals: ref.code, mode: 'insensitive' } }, select: { id: true, code: true } }) : null;
  if (!ref || !committee) return err('UNKNOWN_POLL', { pollId: typed });
  const poll = await deps.db.poll.findUnique({ where: { committeeId_number: { committeeId: committee.id, number: ref.number } }, select: { id: true } });
  if (poll) return ok({ pollId: poll.id });
  const latest = await deps.db.poll.aggregate({ where: { committeeId: committee.id }, _max: { number: true } });
  return err('UNKNOWN_POLL', { pollId: typed, ...(latest._max.number ? { latest: `${committee.code}-${latest._max.number}` } : {}) });
}
