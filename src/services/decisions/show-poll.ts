/** `/gremium peiling <id>`: the live tally of a poll (reads only). */
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import type { ServiceDeps } from '../deps.ts';
import { loadPollView, type PollView } from './poll-view.ts';

/** Error code UNKNOWN_POLL: no poll with this id. Params: `pollId`. */
export type ShowPollError = DomainError<'UNKNOWN_POLL'>;

/** The poll's view with its live (or final) outcome. */
export async function showPoll(deps: ServiceDeps, input: { pollId: string }): Promise<Result<PollView, ShowPollError>> {
  const view = await loadPollView(deps, input.pollId);
  return view ? ok(view) : err('UNKNOWN_POLL', { pollId: input.pollId });
}
