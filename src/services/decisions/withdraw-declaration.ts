/**
 * `/gremium verhinderd intrekken <gremium> <datum>`: the member comes after all. Allowed until the
 * meeting starts; the substitute loses the seat's vote and the excuse is taken off the attendance.
 * One day of withdraw-absence.ts, which also takes the day out of an absence for a period.
 */
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { withdrawAbsence } from './withdraw-absence.ts';

/** Whose declaration, for which committee and day. */
export interface WithdrawDeclarationInput {
  readonly actor: Actor & { personId: string };
  readonly committeeId: string;
  readonly day: LocalDate;
}

/**
 * Error codes:
 * - NO_DECLARATION: the person has no accepted declaration for that day's meeting. Params: `committee`, `day`.
 * - WITHDRAW_TOO_LATE: the meeting has started or was held. Params: `committee`, `day`.
 */
export type WithdrawDeclarationError = DomainError<'NO_DECLARATION' | 'WITHDRAW_TOO_LATE'>;

/** Withdraws the person's accepted declarations for the meeting; returns the committee's secretaries to tell. */
export async function withdrawDeclaration(
  deps: ServiceDeps,
  input: WithdrawDeclarationInput,
): Promise<Result<{ committeeCode: string; withdrawn: number; secretaryIds: string[] }, WithdrawDeclarationError>> {
  const r = await withdrawAbsence(deps, { actor: input.actor, committeeId: input.committeeId, from: input.day });
  if (r.ok) return ok({ committeeCode: r.value.committeeCode, withdrawn: r.value.withdrawn, secretaryIds: r.value.secretaryIds });
  // Her own notice is never refused by the permission table: only the two codes remain.
  if (r.error.code === 'NO_DECLARATION' || r.error.code === 'WITHDRAW_TOO_LATE') return err(r.error.code, r.error.params);
  throw new Error(`withdrawDeclaration: unexpected ${r.error.code}`);
}
