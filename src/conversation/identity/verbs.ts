/**
 * `/gremium koppel <persoon> <@U123>` / `/gremium link <person> <@U123>`: an administrator links a
 * chat account to a person whose platform e-mail does not match the registry's (linkAccount says who
 * may). The account is an @mention (Slack `<@U123>`, a Teams mention of the user), before or after
 * the person, or `platform:id` (`teams:<Entra object id>`). The person linked, and the one the account
 * was taken from, are told.
 */
import { z } from 'zod';
import { t } from '../../i18n/index.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { toPeople } from '../decisions/replies.ts';
import { mentionIn } from '../mentions.ts';
import { text, type Reply } from '../reply.ts';
import { resolvePerson } from '../resolve.ts';
import { defineVerb, zText, type VerbSpec } from '../verb.ts';

const EXPLICIT = /^(slack|teams):(\S+)$/i;

/** The platform and account id a word names, or null. A bare mention belongs to the platform typed in. */
export function parseAccount(word: string, platformTypedIn: string): { platform: string; externalId: string } | null {
  const mention = mentionIn(word, platformTypedIn);
  if (mention) return { platform: mention.platform, externalId: mention.externalId };
  const explicit = EXPLICIT.exec(word);
  return explicit ? { platform: explicit[1]!.toLowerCase(), externalId: explicit[2]! } : null;
}

/** The account and the person's name in `koppel`'s words: the account is the last word, or the first (a mention typed first). */
function accountAndName(words: readonly string[], platform: string) {
  const last = parseAccount(words.at(-1) ?? '', platform);
  if (last) return { account: last, name: words.slice(0, -1).join(' ') };
  const first = parseAccount(words[0] ?? '', platform);
  return first ? { account: first, name: words.slice(1).join(' ') } : { account: null, name: '' };
}

const link = async (ctx: TurnContext, c: { target: string }): Promise<Reply[]> => {
  const words = c.target.trim().split(/\s+/);
  const { account, name } = accountAndName(words, ctx.origin.platform);
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
    usage: { nl: '/gremium koppel <persoon> <@gebruiker>', en: '/gremium link <person> <@user>' },
    schema: z.object({ target: zText }),
    // The @mention is the account to link, not the person it is linked to now.
    mentions: 'account',
    run: link,
  }),
];
