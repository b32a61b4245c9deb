/** The decisions' verbs (polls, votes, substitution declarations, attendance). Words fixed for all platforms. */
import { z } from 'zod';
import { closePollCommand, openPollCommand, showPollCommand, voteCommand } from './poll-commands.ts';
import { attendanceCommand, declareCommand, withdrawCommand } from './presence-commands.ts';
import { choiceOf, POLL_SHOW_WORDS, VOTE_WORDS } from './words.ts';
import { defineVerb, optional, zDate, zFreeText, zText, zTime, zYesNo, type VerbSpec } from '../verb.ts';

const zChoice = zText.transform((v, ctx) => choiceOf(v) ?? (ctx.addIssue({ code: 'custom', message: 'INVALID_CHOICE' }), z.NEVER));

/** The decisions facet's verbs. */
export const DECISION_VERBS: readonly VerbSpec[] = [
  defineVerb({
    id: 'poll.open',
    words: { 'peiling openen': 'nl', 'poll open': 'en', 'open poll': 'en' },
    positional: ['committee'],
    options: { question: ['vraag', 'question'], closes: ['sluit', 'closes'], time: ['tijd', 'time'], meeting: ['vergadering', 'meeting'], secret: ['geheim', 'secret'], proposal: ['voorstel', 'proposal'] },
    usage: {
      nl: '/gremium peiling openen <gremium> vraag="..." sluit=<datum> [tijd=<hh:mm>] [vergadering=<datum>] [geheim=ja] [voorstel=<voorstel>]',
      en: '/gremium poll open <committee> question="..." closes=<date> [time=<hh:mm>] [meeting=<date>] [secret=yes] [proposal=<proposal>]',
    },
    schema: z.object({ committee: zText, question: zFreeText('question'), closes: zDate, time: optional(zTime), meeting: optional(zDate), secret: optional(zYesNo), proposal: optional(zText) }),
    run: openPollCommand,
  }),
  defineVerb({
    id: 'poll.close',
    words: { 'peiling sluiten': 'nl', 'poll close': 'en', 'close poll': 'en' },
    positional: ['poll'],
    options: {},
    usage: { nl: '/gremium peiling sluiten <peiling-id>', en: '/gremium poll close <poll-id>' },
    schema: z.object({ poll: zText }),
    run: closePollCommand,
  }),
  defineVerb({
    id: 'poll.show',
    ...POLL_SHOW_WORDS,
    usage: { nl: '/gremium peiling <peiling-id>', en: '/gremium poll <poll-id>' },
    schema: z.object({ poll: zText }),
    run: showPollCommand,
  }),
  defineVerb({
    id: 'vote',
    ...VOTE_WORDS,
    usage: {
      nl: '/gremium stem <peiling-id> <voor|tegen|onthouding|akkoord|bezwaar> [namens=<organisatie>]',
      en: '/gremium vote <poll-id> <for|against|abstain|agree|object> [for=<organisation>]',
    },
    schema: z.object({ poll: zText, choice: zChoice, onBehalfOf: optional(zText) }),
    run: voteCommand,
  }),
  defineVerb({
    id: 'absent.withdraw',
    words: { 'verhinderd intrekken': 'nl', 'absent withdraw': 'en', 'withdraw absence': 'en' },
    positional: ['committee', 'date'],
    options: {},
    usage: { nl: '/gremium verhinderd intrekken <gremium> <datum>', en: '/gremium absent withdraw <committee> <date>' },
    schema: z.object({ committee: zText, date: zDate }),
    run: withdrawCommand,
  }),
  defineVerb({
    id: 'absent',
    words: { verhinderd: 'nl', afmelden: 'nl', absent: 'en' },
    positional: ['committee', 'date'],
    options: { substitute: ['vervanger', 'substitute'], reason: ['reden', 'reason'] },
    usage: {
      nl: '/gremium verhinderd <gremium> <datum> [vervanger=<persoon>] [reden=<tekst>]',
      en: '/gremium absent <committee> <date> [substitute=<person>] [reason=<text>]',
    },
    schema: z.object({ committee: zText, date: zDate, substitute: optional(zText), reason: optional(zFreeText('reason')) }),
    run: declareCommand,
  }),
  defineVerb({
    id: 'attendance',
    words: { aanwezigheid: 'nl', attendance: 'en' },
    positional: ['committee', 'rest'],
    options: { reason: ['reden', 'reason'] },
    usage: {
      nl: '/gremium aanwezigheid <gremium> <datum> <persoon> <aanwezig|afwezig|verhinderd> [reden=<tekst>]',
      en: '/gremium attendance <committee> <date> <person> <present|absent|excused> [reason=<text>]',
    },
    schema: z.object({ committee: zText, rest: zText, reason: optional(zFreeText('reason')) }),
    run: attendanceCommand,
  }),
];
