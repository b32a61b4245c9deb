/**
 * `/gremium koppel <persoon> <@U123>` / `/gremium link <person> <@U123>`: a secretary links a chat
 * account to a person, for people whose platform e-mail does not match the registry's. The account is
 * a platform mention (`<@U123>` or `<@U123|jan>` in Slack) or `platform:id` (`teams:29:1abc`).
 */
import { z } from 'zod';
import { t } from '../../i18n/index.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { text, type Reply } from '../reply.ts';
import { resolvePerson } from '../resolve.ts';
import { defineVerb, zText, type VerbSpec } from '../verb.ts';

const MENTION = /^<@([A-Z0-9]+)(?:\|[^>]*)?>$/;
const EXPLICIT = /^(slack|teams):(\S+)$/i;

/** The platform and account id a word names, or null. A bare mention belongs to the platform typed in. */
export function parseAccount(word: string, platformTypedIn: string): { platform: string; externalId: string } | null {
  const mention = MENTION.exec(word);
  if (mention) return { platform: platformTypedIn === 'console' ? 'slack' : platformTypedIn, externalId: mention[1]! };
  const explicit = EXPLICIT.exec(word);
  return explicit ? { platform: explicit[1]!.toLowerCase(), externalId: explicit[2]! } : null;
}

const link = async (ctx: TurnContext, c: { target: string }): Promise<Reply[]> => {
  const words = c.target.trim().split(/\s+/);
  const account = parseAccount(words[words.length - 1] ?? '', ctx.origin.platform);
  const name = words.slice(0, -1).join(' ');
  if (!account || !name) return [errorReply(ctx.lang, { code: 'INVALID_ACCOUNT', params: { value: words[words.length - 1] ?? '' } })];
  const person = resolvePerson(ctx.catalog, name, ctx.lang);
  if (!person.ok) return [errorReply(ctx.lang, person.error)];
  const result = await ctx.services.linkIdentity({
    actor: { personId: ctx.asker.personId, label: ctx.asker.name }, personId: person.value.id, ...account,
  });
  if (!result.ok) return [errorReply(ctx.lang, result.error)];
  return [text(t(ctx.lang, result.value.changed ? 'IDENTITY_LINKED' : 'IDENTITY_ALREADY_LINKED', { person: person.value.name, platform: account.platform }))];
};

/** The link verb. */
export const LINK_VERBS: readonly VerbSpec[] = [
  defineVerb({
    id: 'identity.link',
    words: { koppel: 'nl', koppelen: 'nl', link: 'en' },
    positional: ['target'],
    options: {},
    usage: { nl: '/gremium koppel <persoon> <@slack-gebruiker>', en: '/gremium link <person> <@slack-user>' },
    schema: z.object({ target: zText }),
    run: link,
  }),
];
