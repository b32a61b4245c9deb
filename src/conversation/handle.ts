/**
 * The one entry point of the conversation (STYLE.md: every transport ends in one handle()).
 * Slack, Teams and the console turn their input into an {@link Incoming} and render the replies.
 */
import { randomBytes } from 'node:crypto';
import { amsterdamDay } from '../domain/schedule/clock.ts';
import { checkText } from '../domain/user-text.ts';
import { parseLanguage, type Language } from '../i18n/catalog.ts';
import type { ServiceDeps } from '../services/deps.ts';
import type { SenderKey } from '../services/identity/find-sender.ts';
import { bindServices } from '../services/index.ts';
import type { Catalog } from '../services/registry/registry-catalog.ts';
import { answerQuestion } from './answer-question.ts';
import { commandLanguage, parseCommand, verbOf } from './commands.ts';
import { errorReply, type TurnContext } from './context.ts';
import { cleanQuestion, guessLanguage, parseQuestion } from './questions.ts';
import type { Reply } from './reply.ts';
import type { Origin } from './context.ts';
import { ASKS } from './asks.ts';
import { helpReply, shortHelpReply } from './help.ts';
import { answerUnderstood } from './understand/answer-understood.ts';
import { understand } from './understand/understand.ts';
import { withChoices } from './understand/did-you-mean.ts';
import { readableReplies } from './readable-replies.ts';
import { readMentions } from './mentions.ts';

/** Who sent a message: a person the platform adapter already knows, or a platform account to look up. */
export type Sender = SenderKey;

/** One message from any platform. */
export interface Incoming {
  readonly sender: Sender;
  /** The text as typed; a leading `/gremium` (or a platform's slash command) makes it a command. */
  readonly text: string;
  /** True when the platform delivered it as a slash command. */
  readonly isCommand?: boolean;
  /** How many attachments (files, images) came with the message; text-less ones get a one-line answer. */
  readonly attachments?: number;
  /** The platform's locale for the user ("nl-NL", "en-GB"), used when no preference is stored. */
  readonly locale?: string | null;
  /** A language the user chose for this session (console `--lang`); wins over the stored preference. */
  readonly language?: Language | null;
  /** Where the message was typed: the platform and its channel (null in a console or a DM-less context). */
  readonly origin?: Origin;
  /**
   * The sender's person as the adapter read it for this very turn (identity lookup, roster link);
   * spares handle() reading it again. Must be the person `sender` names.
   */
  readonly person?: SenderPerson | null;
  /**
   * The registry's names as the adapter read them for this very turn, together with its other first
   * reads (one wait instead of two); spares handle() checking the revision again.
   */
  readonly catalog?: Catalog;
}

/** The sender as handle() needs them. */
export interface SenderPerson {
  readonly id: string;
  readonly name: string;
  readonly language: string | null;
}

/** Logs unexpected failures; the user only sees the reference. */
export interface HandleDeps extends ServiceDeps {
  readonly logError?: (reference: string, error: unknown) => void;
}

/** Answers one message with replies in the asker's language. Never throws. */
export async function handle(deps: HandleDeps, incoming: Incoming): Promise<Reply[]> {
  let lang: Language = parseLanguage(incoming.locale) ?? 'nl';
  try {
    // Everything below reads and writes through these; handle() itself queries nothing.
    const services = bindServices(deps);
    // Two independent reads: on PostgreSQL they travel together.
    const [person, catalog] = await Promise.all([incoming.person ?? services.findSender(incoming.sender), incoming.catalog ?? services.loadCatalog()]);
    if (!person) return [errorReply(guessLanguage(incoming.text) ?? lang, { code: 'NOT_LINKED' })];
    lang = incoming.language ?? parseLanguage(person.language) ?? lang;
    const base = { services, asker: { personId: person.id, name: person.name }, today: amsterdamDay(deps.now()), catalog, origin: incoming.origin ?? { platform: 'console', channel: null } };
    // Committees by their own article and name in every reply ("de Stuurgroep gemeenten").
    return readableReplies(await reply(base, lang, incoming, Boolean(incoming.language || person.language)), catalog);
  } catch (error) {
    const reference = randomBytes(4).toString('hex').toUpperCase();
    deps.logError?.(reference, error);
    return [errorReply(lang, { code: 'INTERNAL_ERROR', params: { reference } })];
  }
}

/** The replies to a command or a message; `chosen`: the language was chosen, not guessed. */
async function reply(base: Omit<TurnContext, 'lang'>, lang: Language, incoming: Incoming, chosen: boolean): Promise<Reply[]> {
  const isCommand = incoming.isCommand === true || /^\s*\/gremium\b/i.test(incoming.text);
  // A bare "@Gremium" (or only a file): the short help, never silence (issue 18).
  if (!isCommand && incoming.text.trim() === '') return [shortHelpReply(lang, (incoming.attachments ?? 0) > 0)];
  if (!isCommand) return answer({ ...base, lang }, incoming.text);
  // A chosen or stored language wins; otherwise answer in the language of the verb typed.
  const refusalLang = chosen ? lang : (commandLanguage(incoming.text) ?? lang);
  // An @mention in a command is the person it points to, quoted as one argument; `koppel` takes the account.
  const line = await readMentions(base, incoming.text, verbOf(incoming.text)?.mentions ?? 'argument');
  if (!line.ok) return [errorReply(refusalLang, line.error)];
  const command = parseCommand(line.value);
  if (!command.ok) return [errorReply(refusalLang, command.error)];
  const c = command.value;
  if (c.kind === 'ask') return answer({ ...base, lang }, c.text);
  const turnLang = chosen ? lang : (c.lang ?? lang);
  if (c.kind === 'help') return [helpReply(turnLang)];
  return c.verb.run({ ...base, lang: turnLang }, c.input);
}

/**
 * A question is answered in the language it was asked in. Understanding reads the names, dates and
 * meetings anywhere in the text first (understand/); the fixed sentence forms remain for what it
 * does not take.
 */
async function answer(ctx: TurnContext, typed: string): Promise<Reply[]> {
  // Before any name is looked up in it: a huge or unprintable message is refused as it is (issue 13).
  const checked = checkText('message', typed);
  if (!checked.ok) return [errorReply(guessLanguage(typed.slice(0, 500)) ?? ctx.lang, checked.error)];
  // "waar zit @Sanne Bakker in?": the mention is the person linked to the account, by name.
  const read = await readMentions(ctx, typed, 'name');
  if (!read.ok) return [errorReply(guessLanguage(typed) ?? ctx.lang, read.error)];
  const textIn = read.value;
  const understood = understand(textIn, { catalog: ctx.catalog, today: ctx.today, askerId: ctx.asker.personId });
  if (understood.intent) {
    const lang = understood.lang ?? ctx.lang;
    return withChoices(lang, textIn, await answerUnderstood({ ...ctx, lang }, understood.intent));
  }
  const cleaned = cleanQuestion(textIn);
  for (const ask of ASKS) {
    const match = ask.pattern.exec(cleaned);
    if (match) return ask.answer({ ...ctx, lang: ask.lang }, match);
  }
  const question = parseQuestion(textIn);
  if (!question) return [errorReply(guessLanguage(textIn) ?? ctx.lang, { code: 'NOT_UNDERSTOOD' })];
  return answerQuestion({ ...ctx, lang: question.lang ?? ctx.lang }, question);
}
