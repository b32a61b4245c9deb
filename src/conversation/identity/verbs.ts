/**
 * `/gremium koppel <persoon> <@U123>` / `/gremium link <person> <@U123>`: an administrator links a
 * chat account to a person whose platform e-mail does not match the registry's (linkAccount says who
 * may). The account is a platform mention (`<@U123>` or `<@U123|jan>` in Slack) or `platform:id`
 * (`teams:<Entra object id>`). The person linked, and the one the account was taken from, are told.
 */
import { z } from 'zod';
import { t } from '../../i18n/index.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { toPeople } from '../decisions/replies.ts';
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
  const from = ctx.origin.account ? { platform: ctx.origin.platform, externalId: ctx.origin.account } : null;
  const result = await ctx.services.linkAccount({
    actor: { personId: ctx.asker.personId, label: ctx.asker.name }, personId: person.value.id, account, from,
  });
  if (!result.ok) return [errorReply(ctx.lang, result.error)];
  const { changed, previousOwner } = result.value;
  const params = { person: person.value.name, platform: account.platform, account: account.externalId, by: ctx.asker.name };
  if (!changed) return [text(t(ctx.lang, 'IDENTITY_ALREADY_LINKED', params))];
  const replies: Reply[] = [text(t(ctx.lang, previousOwner ? 'IDENTITY_MOVED' : 'IDENTITY_LINKED', { ...params, previous: previousOwner?.name ?? '' }))];
  // Nobody's account changes hands unnoticed: the person now behind it, and its previous owner, are told.
  if (person.value.id !== ctx.asker.personId) replies.push(...(await toPeople(ctx.services, [person.value.id], (lang) => t(lang, 'IDENTITY_LINKED_NOTICE', params))));
  if (previousOwner) replies.push(...(await toPeople(ctx.services, [previousOwner.id], (lang) => t(lang, 'IDENTITY_MOVED_NOTICE', params))));
  return replies;
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
