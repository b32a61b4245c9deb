/**
 * The poll card: one updatable object (its key names the poll) every platform renders and edits in place.
 * Fields: question, closing time, rule, outcome ("still open" until it closes: issue 15 point 4);
 * lines: the tally and every voting seat with what it voted; one button per option while it is open,
 * none once closed, when the footer gives the decision-list line instead of how to vote. A secret
 * ballot's card names no seat: while open it says only how many voted, once closed the outcome and
 * the totals.
 *
 * The card shared in a channel is everyone's (the committee's language, nobody's own vote); a card
 * shown to one reader (`reader`) starts with their own vote (Teams shows it through the card's refresh).
 */
import type { Outcome } from '../../domain/decisions/index.ts';
import type { Language } from '../../i18n/catalog.ts';
import { choiceName, outcomeName } from '../../i18n/decisions.ts';
import { decisionRuleName, formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { PollPartyView, PollView } from '../../services/decisions/poll-view.ts';
import { joinList } from '../../i18n/catalog.ts';
import { card, type Button, type CardReply, type Field } from '../reply.ts';
import { cardButtonId, pollCardKey } from '../card-keys.ts';
import { commandLine } from '../command-text.ts';
import { formatInstant, POLL_SHOW_WORDS, VOTE_WORDS } from './words.ts';

/** The ratio in words: "3 voor, 1 tegen, 0 onthouding" (consensus polls: akkoord / bezwaar). */
export function ratioWords(lang: Language, outcome: Outcome, consent: boolean): string {
  const c = outcome.counts;
  return t(lang, consent ? 'RATIO_CONSENT' : 'RATIO_VOTE', { for: c.for, against: c.against, abstain: c.abstain });
}

/** The outcome in words, with the threshold or the fallback when the rule has one. */
export function outcomeWords(lang: Language, outcome: Outcome): string {
  const extra: string[] = [];
  if (outcome.threshold !== null) extra.push(t(lang, 'OUTCOME_THRESHOLD', { threshold: outcome.threshold }));
  if (outcome.fallbackUsed) extra.push(t(lang, 'OUTCOME_FALLBACK'));
  return [outcomeName(lang, outcome.status), ...extra].join('; ');
}

/**
 * One party's line on a per-party card: its agreed choice and who cast it, divided (with each
 * holder's vote, so they can agree), or not voted yet with its holders.
 */
function partyLine(lang: Language, p: PollPartyView): string {
  const voters = p.seats.filter((s) => s.voted).map((s) =>
    t(lang, 'PARTY_VOTER', { person: s.holderName, ...(p.divided && s.choice ? { choice: choiceName(lang, s.choice) } : {}), ...(s.castByName ? { by: s.castByName } : {}) }));
  if (!p.voted) return t(lang, 'PARTY_NOT_VOTED', { organisation: p.organisationName, holders: joinList(p.seats.map((s) => s.holderName), lang) });
  if (p.divided) return t(lang, 'PARTY_DIVIDED', { organisation: p.organisationName, voters: voters.join('; ') });
  return t(lang, 'PARTY_VOTED', { organisation: p.organisationName, voters: joinList(voters, lang), ...(p.choice ? { choice: choiceName(lang, p.choice) } : {}) });
}

/** "Uw stem: akkoord" for the reader's seats (with the party when more than one), or null when they hold none or the ballot is secret. */
function yourVoteLine(lang: Language, view: PollView, reader: string): string | null {
  const mine = view.seats.filter((s) => s.holderId === reader);
  if (mine.length === 0 || view.secret) return null;
  const votes = mine.map((s) => {
    const choice = s.choice ? choiceName(lang, s.choice) : t(lang, 'POLL_NOT_VOTED_YET');
    return mine.length > 1 ? `${choice} (${s.organisationName})` : choice;
  });
  return t(lang, 'POLL_YOUR_VOTE', { votes: votes.join('; ') });
}

/** The footer: how to vote while open; once closed the decision-list line, else the poll's id. */
function footerOf(lang: Language, view: PollView): string {
  if (view.status === 'OPEN') return t(lang, 'POLL_HOW_TO_VOTE', { id: view.ref });
  if (view.decisionNumber !== null && view.meeting) return t(lang, 'DECISION_RECORDED', { number: view.decisionNumber, day: formatDay(lang, view.meeting.day) });
  return t(lang, 'POLL_CLOSED_FOOTER', { id: view.ref });
}

/**
 * The poll card in `lang`, with the buttons' commands in the same language; with `reader` (a person
 * id) it shows that reader's own vote first.
 */
export function pollCard(lang: Language, view: PollView, reader?: string): CardReply {
  const consent = view.options.includes('AGREE');
  const open = view.status === 'OPEN';
  const fields: Field[] = [
    { label: t(lang, 'FIELD_QUESTION'), value: view.question },
    { label: t(lang, 'FIELD_CLOSES'), value: formatInstant(lang, view.closedAt ?? view.closesAt) },
    { label: t(lang, 'FIELD_RULE'), value: decisionRuleName(lang, view.rule) },
    ...(view.meeting ? [{ label: t(lang, 'FIELD_MEETING'), value: formatDay(lang, view.meeting.day) }] : []),
    ...(view.secret ? [{ label: t(lang, 'FIELD_BALLOT'), value: t(lang, 'BALLOT_SECRET') }] : []),
    { label: t(lang, 'FIELD_OUTCOME'), value: !open && view.outcome ? outcomeWords(lang, view.outcome) : t(lang, 'POLL_STILL_OPEN') },
  ];
  const yours = reader ? yourVoteLine(lang, view, reader) : null;
  const tally = view.per === 'PARTY' ? 'POLL_TALLY_PARTIES' : 'POLL_TALLY';
  const lines = [
    ...(yours ? [yours] : []),
    t(lang, tally, { voted: view.turnout.voted, seats: view.turnout.seats, ratio: view.outcome ? ratioWords(lang, view.outcome, consent) : '' }).replace(/ — $/, ''),
    ...(view.secret ? [] : view.per === 'PARTY' ? view.parties.map((p) => partyLine(lang, p)) : view.seats.map((s) =>
      s.voted
        ? t(lang, 'SEAT_VOTED', { organisation: s.organisationName, holder: s.holderName, ...(s.choice ? { choice: choiceName(lang, s.choice) } : {}), ...(s.castByName ? { by: s.castByName } : {}) })
        : t(lang, 'SEAT_NOT_VOTED', { organisation: s.organisationName, holder: s.holderName }),
    )),
  ];
  const key = pollCardKey(view.id);
  const actions: Button[] = open
    ? view.options.map((choice) => ({
        id: cardButtonId(key, choice),
        label: choiceName(lang, choice),
        command: commandLine(VOTE_WORDS, lang, { poll: view.id, choice: choiceName(lang, choice) }),
        ...(choice === 'FOR' || choice === 'AGREE' ? { style: 'primary' as const } : choice === 'OBJECT' || choice === 'AGAINST' ? { style: 'danger' as const } : {}),
      }))
    : [];
  return card({
    key,
    refresh: commandLine(POLL_SHOW_WORDS, lang, { poll: view.id }),
    title: t(lang, 'POLL_TITLE', { committee: view.ref }),
    subtitle: open ? t(lang, 'POLL_OPEN_UNTIL', { closes: formatInstant(lang, view.closesAt) }) : t(lang, 'POLL_IS_CLOSED', { closed: formatInstant(lang, view.closedAt ?? view.closesAt) }),
    fields,
    lines,
    ...(actions.length ? { actions } : {}),
    footer: footerOf(lang, view),
  });
}
