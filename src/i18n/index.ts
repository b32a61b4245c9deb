/** All message catalogs, and `t()` to render a code in a language. Only src/conversation and the CLI call it. */
import type { DomainError } from '../domain/result.ts';
import { type Catalog, type Language, type Params } from './catalog.ts';
import { registryMessages } from './registry.ts';
import { conversationMessages } from './conversation.ts';
import { importMessages } from './import.ts';
import { teamsMessages } from './teams.ts';
import { identityMessages } from './identity.ts';
import { slackMessages } from './slack.ts';
import { formMessages } from './forms.ts';
import { consoleMessages } from './console.ts';
import { decisionMessages } from './decisions.ts';
import { scheduleMessages } from './schedule.ts';
import { regionMessages } from './region.ts';
import { compositionMessages } from './composition.ts';
import { userTextMessages } from './user-text.ts';
import { privacyMessages } from './privacy.ts';
import { understandingMessages } from './understanding.ts';
import { ruleMessages } from './rules.ts';
import { absenceMessages, handoverMessages, heldMeetingMessages, rotationMessages, whatNeedsMeMessages } from './absences.ts';
import { procedureMessages } from './procedures.ts';
import { impasseMessages } from './impasse.ts';
import { agendaMessages } from './agenda.ts';
import { digestMessages } from './digest.ts';
import { procedureNeedsMeMessages } from './procedures-needs-me.ts';

const CATALOGS: readonly Catalog[] = [
  registryMessages, conversationMessages, importMessages, identityMessages, formMessages, consoleMessages, slackMessages, teamsMessages, decisionMessages,
  scheduleMessages, regionMessages, compositionMessages, userTextMessages, privacyMessages, understandingMessages, ruleMessages, procedureMessages,
  impasseMessages, agendaMessages, absenceMessages, whatNeedsMeMessages, rotationMessages, handoverMessages, heldMeetingMessages, digestMessages,
  procedureNeedsMeMessages,
];

const MESSAGES: Catalog = Object.assign({}, ...CATALOGS);

/** True when a code has a message in the catalogs. */
export function hasMessage(code: string): boolean {
  return Object.hasOwn(MESSAGES, code);
}

/** The message for `code` in `lang`; an unknown code is a bug, shown as such rather than as a blank. */
export function t(lang: Language, code: string, params: Params = {}): string {
  const message = Object.hasOwn(MESSAGES, code) ? MESSAGES[code] : undefined;
  if (!message) return lang === 'nl' ? `Onbekende melding ${code}.` : `Unknown message ${code}.`;
  return message[lang](params);
}

/** Renders a domain error. */
export function describeError(lang: Language, error: DomainError): string {
  return t(lang, error.code, error.params ?? {});
}

/** Every code of every catalog (for the completeness test). */
export function allCodes(): string[] {
  return Object.keys(MESSAGES);
}

export { type Language } from './catalog.ts';
