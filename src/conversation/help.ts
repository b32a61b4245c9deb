/** The help reply: example questions and every command's usage, in the asker's language. */
import type { Language } from '../i18n/catalog.ts';
import { t } from '../i18n/index.ts';
import { VERBS } from './verbs.ts';
import { card, text, type Reply } from './reply.ts';

/** Lists the questions and commands. */
export function helpReply(lang: Language): Reply {
  return card({
    title: t(lang, 'HELP_TITLE'),
    lines: [t(lang, 'HELP_QUESTIONS'), t(lang, 'HELP_COMMANDS'), ...VERBS.map((verb) => verb.usage[lang])],
  });
}

/**
 * The short help, for a bare "@Gremium" (issue 18): what to ask, and how to see everything. A message
 * with only attachments gets one line saying that only text is read.
 */
export function shortHelpReply(lang: Language, attachmentsOnly: boolean): Reply {
  if (attachmentsOnly) return text(t(lang, 'ATTACHMENTS_NOT_READ'));
  return card({ title: t(lang, 'SHORT_HELP_TITLE'), lines: [t(lang, 'HELP_QUESTIONS'), t(lang, 'SHORT_HELP_MORE')] });
}
