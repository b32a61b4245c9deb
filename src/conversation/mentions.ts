/**
 * @mentions of people in what was typed (issue 18, point 4). The platform parse writes every mention
 * of someone other than the bot as a neutral token: Slack's own `<@U123>`, Teams' `<@teams:<id>|Display
 * name>`. A mention points to a chat account, so it means the person linked to that account; a
 * question or a command reads that person's name where the token was. An account nobody is linked
 * to falls back to the display name the platform gave (Teams); without one (Slack gives only the
 * id) the asker is told the account is not linked and how it gets linked. `koppel` takes the
 * account itself (`platform:id`).
 */
import { nameKey } from '../domain/names.ts';
import { err, ok, type DomainError, type Result } from '../domain/result.ts';
import type { Catalog } from '../services/registry/registry-catalog.ts';
import type { TurnContext } from './context.ts';
import { OPENING } from './tokenize.ts';

/** A mention token: `<@U123>`, `<@U123|label>`, `<@slack:U123>`, `<@teams:<id>|Display name>`. */
const TOKEN = /<@(?:(slack|teams):)?([^\s|<>]+)(?:\|([^<>]*))?>/gi;

/** One mentioned account, with the display name the platform gave it (null: none). */
export interface Mention {
  readonly platform: string;
  readonly externalId: string;
  readonly label: string | null;
}

/** The account a whole word names when it is one mention token, or null. A bare mention belongs to the platform typed in. */
export function mentionIn(word: string, platformTypedIn: string): Mention | null {
  const match = new RegExp(`^${TOKEN.source}$`, 'i').exec(word);
  return match ? toMention(match, platformTypedIn) : null;
}

const toMention = (match: RegExpExecArray, platformTypedIn: string): Mention => ({
  platform: match[1]?.toLowerCase() ?? (platformTypedIn === 'console' ? 'slack' : platformTypedIn),
  externalId: match[2]!,
  label: match[3]?.trim() || null,
});

/**
 * ACCOUNT_NOT_LINKED: a mentioned account is linked to nobody and the platform gave no name to go
 * by; params `platform`, `account` (as typed in a `koppel` command).
 */
export type MentionError = DomainError<'ACCOUNT_NOT_LINKED'>;

/** How a mention is written back: a person's name in a sentence, quoted as one word in a command line, or the account (`koppel`). */
export type MentionAs = 'name' | 'argument' | 'account';

/**
 * The text with every mention replaced by whom it points to (see the file comment); the text as it
 * was when it holds none. Reads one account link per mentioned account.
 */
export async function readMentions(
  ctx: Pick<TurnContext, 'services' | 'catalog' | 'origin'>,
  text: string,
  as: MentionAs,
): Promise<Result<string, MentionError>> {
  const found = [...text.matchAll(TOKEN)];
  if (found.length === 0) return ok(text);
  const words: string[] = [];
  for (const match of found) {
    const mention = toMention(match, ctx.origin.platform);
    if (as === 'account') {
      words.push(`${mention.platform}:${mention.externalId}`);
      continue;
    }
    const person = await ctx.services.findSender({ platform: mention.platform, externalId: mention.externalId });
    const inText = insideQuotes(text, match.index);
    // A name to look up must be unambiguous; one inside a typed text (a poll question) is only read.
    const name = person ? (inText ? person.name : distinctName(ctx.catalog, person)) : mention.label;
    if (name === null) return err('ACCOUNT_NOT_LINKED', { platform: mention.platform, account: accountAsTyped(mention) });
    words.push(as === 'argument' && /\s/.test(name) && !inText ? `"${name}"` : name);
  }
  let i = 0;
  return ok(text.replace(TOKEN, () => words[i++]!));
}

/** True when `index` lies inside a quoted part of a command line (as tokenize reads quotes): a name there needs no quotes of its own. */
function insideQuotes(line: string, index: number): boolean {
  let closing: string | null = null;
  for (const ch of line.slice(0, index)) {
    if (closing !== null) {
      if (ch === closing || (closing === '”' && ch === '"')) closing = null;
    } else closing = OPENING[ch] ?? null;
  }
  return closing !== null;
}

/** The person's name, or their e-mail address when someone else has the same name (the name alone would be ambiguous). */
function distinctName(catalog: Catalog, person: { id: string; name: string }): string {
  const entry = catalog.people.find((p) => p.id === person.id);
  const sharing = catalog.index.people.get(nameKey(person.name)) ?? [];
  return sharing.length > 1 && entry?.email ? entry.email : person.name;
}

/** The account as a secretary types it after `koppel`: a Slack mention, or `teams:<id>`. */
const accountAsTyped = (m: Mention) => (m.platform === 'slack' ? `<@${m.externalId}>` : `${m.platform}:${m.externalId}`);
