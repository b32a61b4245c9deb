/** The help reply: example questions and every command's usage, in the asker's language. */
import type { Language } from '../i18n/catalog.ts';
import { t } from '../i18n/index.ts';
import { VERBS } from './verbs.ts';
import { card, type Reply } from './reply.ts';

/** Lists the questions and commands. */
export function helpReply(lang: Language): Reply {
  return card({
    title: t(lang, 'HELP_TITLE'),
    lines: [t(lang, 'HELP_QUESTIONS'), t(lang, 'HELP_COMMANDS'), ...VERBS.map((verb) => verb.usage[lang])],
  });
}
