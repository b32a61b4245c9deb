/**
 * `/gremium overzicht <dag>|uit` / `/gremium digest <day>|off` (issue 17, point 5): a person chooses the
 * weekday of their weekly digest of "wat staat er voor mij open?", or turns it off; without a day it
 * says what is chosen. Always for the asker: nobody chooses another's digest.
 */
import { z } from 'zod';
import { DIGEST_FROM, parseDigestChoice, weekdayName, type DigestChoice } from '../../domain/schedule/digest-day.ts';
import { t } from '../../i18n/index.ts';
import type { TurnContext } from '../context.ts';
import { text, type Reply } from '../reply.ts';
import { defineVerb, optional, zText, type VerbSpec } from '../verb.ts';

/** A weekday or an off word, in Dutch or English; anything else is INVALID_DIGEST_DAY. */
const zDigestChoice = zText.transform((v, ctx) => parseDigestChoice(v) ?? (ctx.addIssue({ code: 'custom', message: 'INVALID_DIGEST_DAY' }), z.NEVER));

const actorOf = (ctx: TurnContext) => ({ personId: ctx.asker.personId, label: ctx.asker.name });

async function runDigest(ctx: TurnContext, c: { day: DigestChoice | null }): Promise<Reply[]> {
  const { lang } = ctx;
  if (c.day === null) {
    const day = await ctx.services.findDigestDay({ personId: ctx.asker.personId });
    return [text(day === null ? t(lang, 'DIGEST_CURRENT_OFF') : t(lang, 'DIGEST_CURRENT', { day: weekdayName(lang, day), time: DIGEST_FROM }))];
  }
  const change = await ctx.services.setDigestDay({ actor: actorOf(ctx), day: c.day === 'off' ? null : c.day });
  return [text(change.after === null ? t(lang, 'DIGEST_OFF') : t(lang, 'DIGEST_SET', { day: weekdayName(lang, change.after), time: DIGEST_FROM }))];
}

/** The digest verb. */
export const DIGEST_VERBS: readonly VerbSpec[] = [
  defineVerb({
    id: 'digest.day',
    words: { overzicht: 'nl', weekoverzicht: 'nl', digest: 'en' },
    positional: ['day'],
    options: {},
    usage: { nl: '/gremium overzicht <maandag..zondag|uit>', en: '/gremium digest <monday..sunday|off>' },
    schema: z.object({ day: optional(zDigestChoice) }),
    run: runDigest,
  }),
];
