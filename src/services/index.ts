/**
 * The services a chat turn may call, bound to the turn's dependencies. src/conversation reaches the
 * database only through these: its turn context carries `services`, never a database handle
 * (test/boundary.test.ts checks both). A call reads `ctx.services.castStance(input)` for
 * `castStance(deps, input)`.
 *
 * The membership import and export (exceljs, a heavy module) are not in the table: the console runs
 * them itself, and nothing a chat turn does loads them.
 */
import type { ServiceDeps } from './deps.ts';
import { setCommitteeChannel } from './channels/set-committee-channel.ts';
import { castStance } from './decisions/cast-stance.ts';
import { closePoll } from './decisions/close-poll.ts';
import { decisionList } from './decisions/decision-list.ts';
import { declareAbsence } from './decisions/declare-absence.ts';
import { declareSubstitution } from './decisions/declare-substitution.ts';
import { findAbsentees } from './decisions/find-absentees.ts';
import { openPoll } from './decisions/open-poll.ts';
import { placePollCard } from './decisions/place-poll-card.ts';
import { recordAttendance } from './decisions/record-attendance.ts';
import { showPoll } from './decisions/show-poll.ts';
import { findPollId } from './decisions/find-poll.ts';
import { withdrawAbsence } from './decisions/withdraw-absence.ts';
import { withdrawDeclaration } from './decisions/withdraw-declaration.ts';
import { findLanguages } from './identity/find-languages.ts';
import { findSender } from './identity/find-sender.ts';
import { linkAccount } from './identity/link-account.ts';
import { setLanguage } from './identity/set-language.ts';
import { findDigestDay, setDigestDay } from './identity/set-digest-day.ts';
import { addSeat } from './registry/add-seat.ts';
import { endSeat } from './registry/end-seat.ts';
import { findEmployer } from './registry/find-employer.ts';
import { findCommitteeRules } from './registry/find-committee-rules.ts';
import { findRepresentation } from './registry/find-representatives.ts';
import { findRotation, rotatingCommittees } from './registry/find-rotation.ts';
import { findRoleHolders } from './registry/find-role-holders.ts';
import { findSeatsOfPerson } from './registry/find-seats-of-person.ts';
import { listCommittee } from './registry/list-committee.ts';
import { listPersonSeats } from './registry/list-person-seats.ts';
import { recordMandate } from './registry/record-mandate.ts';
import { loadCatalog } from './registry/registry-catalog.ts';
import { revokeMandate } from './registry/revoke-mandate.ts';
import { seatHistory } from './registry/seat-history.ts';
import { addMeeting } from './schedule/add-meeting.ts';
import { cancelMeeting } from './schedule/cancel-meeting.ts';
import { findNextMeetingDays } from './schedule/find-next-meeting-days.ts';
import { findLastMeetingDay } from './schedule/find-last-meeting-day.ts';
import { listMeetingDuties } from './schedule/list-meeting-duties.ts';
import { markDutyDone } from './schedule/mark-duty-done.ts';
import { moveMeeting } from './schedule/move-meeting.ts';
import { registerProposal } from './schedule/register-proposal.ts';
import { decideProposal } from './procedures/decide-proposal.ts';
import { listAgendaItems, proposeAccession, raiseEscalation } from './procedures/agenda-items.ts';
import { deliverImpasse, impasseStatus, recordImpasseStep, startImpasse } from './procedures/impasse-writes.ts';
import { listOpenProposals, proposalStatus } from './procedures/list-proposals.ts';
import { reactToProposal } from './procedures/react-to-proposal.ts';
import { submitProposal } from './procedures/submit-proposal.ts';
import { workOutProposal } from './procedures/work-out-proposal.ts';
import { committeesOfPerson, dutiesOfPerson, listDuties, nextMeetingOf } from './schedule/schedule-view.ts';
import { whatNeedsMe } from './schedule/what-needs-me.ts';

/** Every service the conversation calls, by name, each taking the dependencies first. */
const SERVICES = {
  // registry
  loadCatalog, listCommittee, findSeatsOfPerson, findRoleHolders, findRepresentation, listPersonSeats, findEmployer,
  seatHistory, addSeat, endSeat, recordMandate, revokeMandate,
  // identity
  findSender, findLanguages, linkAccount, setLanguage, setDigestDay, findDigestDay,
  // decisions
  openPoll, castStance, closePoll, showPoll, findPollId, placePollCard, declareSubstitution, withdrawDeclaration, declareAbsence, withdrawAbsence, recordAttendance, findAbsentees, decisionList,
  // schedule and channels
  addMeeting, moveMeeting, cancelMeeting, markDutyDone, registerProposal, findNextMeetingDays, listMeetingDuties,
  listDuties, dutiesOfPerson, whatNeedsMe, findRotation, rotatingCommittees, nextMeetingOf, committeesOfPerson, setCommitteeChannel,
  // understanding: "de vorige BOSD", "wat is de besluitregel van de Stuurgroep?"
  findLastMeetingDay, findCommitteeRules,
  // procedures (issue 16): proposals, signals and pilots (002)
  submitProposal, reactToProposal, workOutProposal, decideProposal, listOpenProposals, proposalStatus,
  // and the impasse procedure (004 appendix 2)
  startImpasse, deliverImpasse, recordImpasseStep, impasseStatus,
  // escalation and interim accession on an agenda (001)
  raiseEscalation, proposeAccession, listAgendaItems,
} satisfies Record<string, Service>;

/** A service: the dependencies first, then its own arguments. */
type Service = (deps: ServiceDeps, ...args: never[]) => unknown;

/** The services of a table with their dependencies bound: the same functions without the first parameter. */
export type Bound<T extends Record<string, Service>> = {
  readonly [K in keyof T]: T[K] extends (deps: never, ...args: infer A) => infer R ? (...args: A) => R : never;
};

/** The services a turn calls, bound to its dependencies. */
export type Services = Bound<typeof SERVICES>;

/**
 * Binds every service of the table to `deps`. Each service is bound when it is looked up, not all of
 * them up front: a turn calls three or four of some seventy, and binding them all cost every turn
 * about 10 KB of garbage (bench:slack, issue 12 point 5).
 */
export function bindServices(deps: ServiceDeps): Services {
  return new Proxy({} as Services, {
    get: (_target, name) => {
      const service = typeof name === 'string' && Object.hasOwn(SERVICES, name) ? (SERVICES as Record<string, Service>)[name] : undefined;
      return service && ((...args: never[]) => service(deps, ...args));
    },
    has: (_target, name) => typeof name === 'string' && Object.hasOwn(SERVICES, name),
  });
}
