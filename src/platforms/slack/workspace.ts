/**
 * Whose Slack users count (issue 13: a user of another team whose profile carried a member's
 * address, in capitals, was linked as that member and opened a poll). Only users of the installing
 * workspace (or, for an org-wide install, of its Enterprise Grid organisation) are anyone to
 * Gremium; guests and Slack Connect users of other organisations are refused unless the operator
 * admits them. The profile e-mail links an account only when Slack says it confirmed it.
 *
 * The installing workspace comes from the configuration (SLACK_TEAM_ID, SLACK_ENTERPRISE_ID) or,
 * when neither is set, from auth.test: Slack's own answer for the bot token, never the team a request
 * claims to come from.
 */

/** Which users count, as configured (src/config.ts) or learnt from auth.test. */
export interface SlackWorkspace {
  /** The installing workspace (T...). */
  readonly teamId?: string | undefined;
  /** The installing Enterprise Grid organisation (E...): every workspace of it counts. */
  readonly enterpriseId?: string | undefined;
  /** SLACK_ALLOW_GUESTS: multi- and single-channel guests of the workspace count too. */
  readonly allowGuests?: boolean;
  /** SLACK_ALLOW_CONNECT: users of other organisations in shared channels (Slack Connect) count too. */
  readonly allowConnect?: boolean;
}

/** The fields of a users.info user this check reads. */
export interface SlackUserInfo {
  readonly id?: string;
  readonly team_id?: string;
  readonly deleted?: boolean;
  readonly is_bot?: boolean;
  readonly is_restricted?: boolean;
  readonly is_ultra_restricted?: boolean;
  readonly is_stranger?: boolean;
  readonly is_email_confirmed?: boolean;
  readonly enterprise_user?: { readonly enterprise_id?: string; readonly teams?: readonly string[] };
  readonly locale?: string;
  readonly profile?: { readonly email?: string };
}

/**
 * Why a user does not count, as a message code:
 * - SLACK_PROFILE_UNAVAILABLE: Slack would not describe the user (deleted, unknown, API failing).
 * - SLACK_OTHER_WORKSPACE: a user of another workspace or organisation (Slack Connect, a stranger).
 * - SLACK_GUEST: a multi- or single-channel guest.
 */
export type SlackRefusal = 'SLACK_PROFILE_UNAVAILABLE' | 'SLACK_OTHER_WORKSPACE' | 'SLACK_GUEST';

/** True when the user belongs to the installing workspace or organisation. */
function isHome(user: SlackUserInfo, workspace: SlackWorkspace): boolean {
  if (workspace.enterpriseId && user.enterprise_user?.enterprise_id === workspace.enterpriseId) return true;
  if (!workspace.teamId) return false;
  return user.team_id === workspace.teamId || (user.enterprise_user?.teams ?? []).includes(workspace.teamId);
}

/** Null when the user counts; else why not. A workspace with neither id admits nobody (fail closed). */
export function refusalOf(user: SlackUserInfo | null, workspace: SlackWorkspace): SlackRefusal | null {
  if (!user || user.deleted || user.is_bot) return 'SLACK_PROFILE_UNAVAILABLE';
  if (user.is_stranger && !workspace.allowConnect) return 'SLACK_OTHER_WORKSPACE';
  if (!isHome(user, workspace) && !workspace.allowConnect) return 'SLACK_OTHER_WORKSPACE';
  if ((user.is_restricted || user.is_ultra_restricted) && !workspace.allowGuests) return 'SLACK_GUEST';
  return null;
}

/**
 * The address to link by: the profile e-mail, which Slack confirms before an account can use it
 * (users.info reports `is_email_confirmed`; an address it says is unconfirmed is not used).
 */
export function confirmedEmail(user: SlackUserInfo | null): string | null {
  if (!user || user.is_email_confirmed === false) return null;
  return user.profile?.email?.trim() || null;
}
