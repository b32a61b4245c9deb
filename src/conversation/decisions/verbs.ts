/** The decisions' verbs (polls, votes, substitution declarations, attendance). Words fixed for all platforms. */
import { z } from 'zod';
import { closePollCommand, openPollCommand, showPollCommand, voteCommand } from './poll-commands.ts';
import { noticeCommand, withdrawNoticeCommand } from './absence-commands.ts';
import { attendanceCommand } from './presence-commands.ts';
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
    usage: { nl: '/gremium peiling sluiten <peiling, bv. SBO-7>', en: '/gremium poll close <poll, e.g. SBO-7>' },
    schema: z.object({ poll: zText }),
    run: closePollCommand,
  }),
  defineVerb({
    id: 'poll.show',
    ...POLL_SHOW_WORDS,
    usage: { nl: '/gremium peiling <peiling, bv. SBO-7>', en: '/gremium poll <poll, e.g. SBO-7>' },
    schema: z.object({ poll: zText }),
    run: showPollCommand,
  }),
  defineVerb({
    id: 'vote',
    ...VOTE_WORDS,
    usage: {
      nl: '/gremium stem <peiling, bv. SBO-7> <voor|tegen|onthouding|akkoord|bezwaar> [namens=<organisatie>]',
      en: '/gremium vote <poll, e.g. SBO-7> <for|against|abstain|agree|object> [for=<organisation>]',
    },
    schema: z.object({ poll: zText, choice: zChoice, onBehalfOf: optional(zText) }),
    run: voteCommand,
  }),
  defineVerb({
    id: 'absent.withdraw',
    words: { 'verhinderd intrekken': 'nl', 'absent withdraw': 'en', 'withdraw absence': 'en' },
    positional: ['committee', 'date'],
    options: { until: ['tot', 'until'], holder: ['lid', 'member'] },
    usage: {
      nl: '/gremium verhinderd intrekken <gremium> <datum> [tot=<datum>] [lid=<persoon>]',
      en: '/gremium absent withdraw <committee> <date> [until=<date>] [member=<person>]',
    },
    schema: z.object({ committee: zText, date: zDate, until: optional(zDate), holder: optional(zText) }),
    run: (ctx, c) => withdrawNoticeCommand(ctx, { committee: c.committee, date: c.date, until: c.until ?? null, holder: c.holder ?? null }),
  }),
  defineVerb({
    id: 'absent',
    words: { verhinderd: 'nl', afmelden: 'nl', absent: 'en' },
    positional: ['committee', 'date'],
    options: { until: ['tot', 'until'], substitute: ['vervanger', 'substitute'], holder: ['lid', 'member'], reason: ['reden', 'reason'] },
    usage: {
      nl: '/gremium verhinderd <gremium> <datum> [tot=<datum>] [vervanger=<persoon>] [lid=<persoon>] [reden=<tekst>]',
      en: '/gremium absent <committee> <date> [until=<date>] [substitute=<person>] [member=<person>] [reason=<text>]',
    },
    schema: z.object({ committee: zText, date: zDate, until: optional(zDate), substitute: optional(zText), holder: optional(zText), reason: optional(zFreeText('reason')) }),
    run: (ctx, c) => noticeCommand(ctx, {
      committee: c.committee, date: c.date, until: c.until ?? null, substitute: c.substitute ?? null, holder: c.holder ?? null, reason: c.reason ?? null,
    }),
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
