/**
 * Counting stances: which stance counts for which seat (or party), and the for/against/abstain totals.
 * Only seats in the voting list count, once each, with their last stance (a change of vote replaces
 * the earlier one, it never adds). So no count can exceed the number of voting seats, or parties.
 *
 * Per party (a committee whose workbook says "Stem per: partij"): the unit that counts is the party a
 * seat is held on behalf of (its organisation, combination or municipality), once, whichever of its
 * seat holders voted. The reading of 001 ORO, Uitgangspunt: "Uitvoerende (operationele) besluiten
 * kunnen met meerderheid van stemmen wordt genomen op basis van gelijkwaardigheid en consensus." with
 * its Bezetting "2 stafmedewerkers per Combinatie": every party weighs the same ("gelijkwaardigheid"),
 * so a combination with two staff members has one vote, as a municipality with one policy officer
 * has. When a party's seat holders take different sides, the party has not reached the consensus its
 * vote rests on ("op basis van ... consensus"): it counts as DIVIDED, which weighs as an abstention
 * (it voted, neither for nor against), until its holders agree. Not "the last vote counts": that would
 * let one colleague silently undo the other's vote and make the count depend on who clicked last.
 */
import type { VotePer } from '../region/words.ts';
import { sideOf, type StanceChoice } from './decision-rule-table.ts';

/** One seat's stance as cast, in the order cast. `seatId` names the seat, not the person. */
export interface Stance {
  readonly seatId: string;
  readonly choice: StanceChoice;
}

/** The totals of a poll, in voting units (seats, or parties when counted per party). `voted + notVoted === seats` always holds. */
export interface Counts {
  /** FOR or AGREE. */
  readonly for: number;
  /** AGAINST or OBJECT. */
  readonly against: number;
  /** ABSTAIN, and (per party) parties whose holders took different sides. */
  readonly abstain: number;
  /** Units that took any stance (for + against + abstain). */
  readonly voted: number;
  /** Voting units without a stance. */
  readonly notVoted: number;
  /** Voting units: seats (duplicates in the input list counted once), or parties per party. */
  readonly seats: number;
}

/** The result of counting: the stance that counts per unit, the totals, and who has not voted. */
export interface Tally {
  /** What a unit is: a seat, or the party a seat is held for. */
  readonly per: VotePer;
  /**
   * Unit id (seat id, or party id per party) to its counted choice, for voting units that voted and
   * are not divided, in voting-list order.
   */
  readonly effective: ReadonlyMap<string, StanceChoice>;
  /** Per party: the parties whose seat holders took different sides (counted as abstaining). */
  readonly divided: readonly string[];
  /** Every voting seat's last choice, whatever the unit: each is checked against the rule's options. */
  readonly seatChoices: ReadonlyMap<string, StanceChoice>;
  readonly counts: Counts;
  /** Voting seats whose unit has no stance, in the order of the voting list. */
  readonly notVotedSeatIds: readonly string[];
}

/**
 * Counts the stances of the voting seats. Stances from seats not in `votingSeatIds` are ignored;
 * for a seat with several stances the last one counts. With `partyOf` (seat id to the id of the
 * party it is held for), each party counts once (see the file comment); a seat missing from the map
 * is a party of its own.
 */
export function tally(votingSeatIds: readonly string[], stances: readonly Stance[], partyOf?: ReadonlyMap<string, string>): Tally {
  const seats = [...new Set(votingSeatIds)];
  const voting = new Set(seats);
  const last = new Map<string, StanceChoice>();
  for (const s of stances) if (voting.has(s.seatId)) last.set(s.seatId, s.choice);

  const unitOf = (seatId: string) => (partyOf === undefined ? seatId : (partyOf.get(seatId) ?? seatId));
  const units = new Map<string, string[]>();
  for (const seatId of seats) units.set(unitOf(seatId), [...(units.get(unitOf(seatId)) ?? []), seatId]);

  const effective = new Map<string, StanceChoice>();
  const divided: string[] = [];
  const notVotedSeatIds: string[] = [];
  const notVotedUnits = new Set<string>();
  let f = 0;
  let a = 0;
  let ab = 0;
  for (const [unit, unitSeats] of units) {
    const choices = unitSeats.flatMap((seatId) => {
      const choice = last.get(seatId);
      return choice === undefined ? [] : [choice];
    });
    if (choices.length === 0) {
      notVotedUnits.add(unit);
      continue;
    }
    const sides = new Set(choices.map(sideOf));
    const side = sides.size === 1 ? [...sides][0]! : 'divided';
    if (side === 'divided') divided.push(unit);
    else effective.set(unit, choices[choices.length - 1]!);
    if (side === 'for') f += 1;
    else if (side === 'against') a += 1;
    else ab += 1;
  }
  for (const seatId of seats) if (notVotedUnits.has(unitOf(seatId))) notVotedSeatIds.push(seatId);
  const seatChoices = new Map(seats.flatMap((seatId) => (last.has(seatId) ? [[seatId, last.get(seatId)!] as const] : [])));
  const voted = f + a + ab;
  return {
    per: partyOf === undefined ? 'SEAT' : 'PARTY',
    effective,
    divided,
    seatChoices,
    counts: { for: f, against: a, abstain: ab, voted, notVoted: units.size - voted, seats: units.size },
    notVotedSeatIds,
  };
}

/** The vote ratio as minuted, for-against-abstain: `"5-2-1"`. The conversation layer words it. */
export function ratioOf(counts: Counts): string {
  return `${counts.for}-${counts.against}-${counts.abstain}`;
}

/**
 * The `partyOf` map `decide` takes for a committee that votes per party (each seat to the
 * organisation it is held on behalf of); undefined per seat.
 */
export function partiesOf(per: VotePer, seats: readonly { readonly id: string; readonly onBehalfOfId: string }[]): ReadonlyMap<string, string> | undefined {
  return per === 'PARTY' ? new Map(seats.map((s) => [s.id, s.onBehalfOfId])) : undefined;
}
