/**
 * Whose activities count (issue 13: a user of another tenant whose roster entry carried a member's
 * address acted as that member, though MICROSOFT_APP_TENANT_ID was set). botbuilder checks that a
 * token comes from the Bot Framework for our app, not which tenant the user belongs to: a
 * multi-tenant app registration is reachable from every tenant. With a tenant configured, an
 * activity whose tenant (channelData.tenant.id, conversation.tenantId) is another, or missing, is
 * answered with a refusal and goes no further: no claim, no stored conversation, no link, no turn.
 */
import type { Activity, TurnContext } from 'botbuilder';
import { t } from '../../i18n/index.ts';
import { closeWith } from './dialogs.ts';
import { messageInvokeResponse } from './render.ts';
import { invokeResponse } from './turn.ts';

/** Every tenant id the activity names (a forged mix of two is refused, not half-believed). */
function tenantsOf(activity: Partial<Activity>): string[] {
  const fromChannel = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const fromConversation = (activity.conversation as { tenantId?: unknown } | undefined)?.tenantId;
  return [fromChannel, fromConversation].filter((id): id is string => typeof id === 'string' && id !== '');
}

/** True when the activity belongs to `tenantId` (case-insensitive GUIDs); always true without one configured. */
export function isOwnTenant(activity: Partial<Activity>, tenantId: string): boolean {
  if (!tenantId) return true;
  const named = tenantsOf(activity);
  return named.length > 0 && named.every((id) => id.toLowerCase() === tenantId.toLowerCase());
}

/** The refusal, in Dutch and English: who sent it is nobody Gremium knows, so neither language is theirs. */
export const otherTenantText = (): string => `${t('nl', 'TEAMS_OTHER_TENANT')}\n\n${t('en', 'TEAMS_OTHER_TENANT')}`;

/** Answers an activity of another tenant; writes nothing. A reply that cannot be sent is only logged. */
export async function refuseOtherTenant(context: TurnContext, logError: (message: string, error: unknown) => void): Promise<void> {
  const activity = context.activity;
  const text = otherTenantText();
  if (activity.type === 'invoke') {
    if (activity.name === 'adaptiveCard/action') return invokeResponse(context, messageInvokeResponse(text));
    if (activity.name === 'task/fetch' || activity.name === 'task/submit') return invokeResponse(context, closeWith(text));
    return invokeResponse(context, {}, 403);
  }
  if (activity.type !== 'message') return;
  try {
    await context.sendActivity({ type: 'message', text, textFormat: 'plain' });
  } catch (error) {
    logError('teams: refusal to another tenant not delivered', error);
  }
}
