/**
 * The generated part of docs/permissions.md: the permission table (src/domain/permissions/table.ts)
 * as Markdown, with its matrix of who may computed by `authorize` itself, so that the page cannot say
 * anything the code does not do. test/domain/permissions-doc.test.ts compares the page with this text
 * (and writes it with WRITE_DOCS=1).
 */
import { authorize, type ActorFacts } from '../../src/domain/permissions/authorize.ts';
import { ACTIONS, BACKDATE_GRACE_DAYS, PERMISSIONS, type Action, type Limit } from '../../src/domain/permissions/table.ts';
import type { SeatRole } from '../../src/domain/registry/words.ts';

/** The markers around the generated part of the page. */
export const BEGIN = '<!-- BEGIN generated from src/domain/permissions/table.ts by test/domain/permissions-doc.test.ts (WRITE_DOCS=1 npx vitest run --project domain test/domain/permissions-doc.test.ts) -->';
export const END = '<!-- END generated -->';

const TODAY = '2026-11-25';
const OWN = 'own';

const ROLE_NAMES: Record<SeatRole, string> = { SECRETARY: 'secretary', CHAIR: 'chair', AGENDA_COMMITTEE: 'agenda committee', MEMBER: 'member', ADVISER: 'adviser' };

/** The columns of the matrix: who acts, and in which committee. */
const COLUMNS: { title: string; actor: ActorFacts; committee: string }[] = [
  { title: 'administrator', actor: { personId: 'me', isAdmin: true, seats: [] }, committee: OWN },
  ...(['SECRETARY', 'CHAIR', 'AGENDA_COMMITTEE', 'MEMBER', 'ADVISER'] as const).map((role) => ({
    title: ROLE_NAMES[role],
    actor: { personId: 'me', isAdmin: false, seats: [{ committeeId: OWN, role, from: '2024-01-01', until: null, onBehalfOfId: 'org' }] },
    committee: OWN,
  })),
  {
    title: 'secretary or chair whose seat ended or has not begun',
    actor: {
      personId: 'me', isAdmin: false,
      seats: [
        { committeeId: OWN, role: 'SECRETARY', from: '2020-01-01', until: '2026-11-24', onBehalfOfId: 'org' },
        { committeeId: OWN, role: 'CHAIR', from: '2026-11-26', until: null, onBehalfOfId: 'org' },
      ],
    },
    committee: OWN,
  },
  {
    title: 'secretary or chair of another committee',
    actor: { personId: 'me', isAdmin: false, seats: (['SECRETARY', 'CHAIR'] as const).map((role) => ({ committeeId: 'other', role, from: '2024-01-01', until: null, onBehalfOfId: 'org' })) },
    committee: OWN,
  },
  { title: 'no seat', actor: { personId: 'me', isAdmin: false, seats: [] }, committee: OWN },
];

/** What the limits say, for the page. */
const LIMIT_TEXT: Record<Limit, string> = {
  BACKDATED_SEAT: `a seat beginning more than ${BACKDATE_GRACE_DAYS} days before today`,
  SELF_VOTING_SEAT: 'a member (voting) seat for herself',
  ORGANISATION_WIDE_MANDATE: 'a mandate for every committee ("bestuurlijk", "algemeen")',
  SELF_MANDATE: 'a mandate for herself',
};

function cell(action: Action, column: (typeof COLUMNS)[number]): string {
  const target = { committeeId: column.committee, personId: 'someone else' };
  const code = authorize(column.actor, action, target, TODAY);
  if (code !== null) return `no (${code})`;
  const limits = column.actor.isAdmin ? [] : PERMISSIONS[action].limits;
  return limits.length === 0 ? 'yes' : 'yes, within the limits';
}

/** The generated Markdown, markers included. */
export function renderPermissionsDoc(): string {
  const lines: string[] = [BEGIN, '', '### Who may, in the committee the command changes', ''];
  lines.push(`| action | commands | ${COLUMNS.map((c) => c.title).join(' | ')} |`);
  lines.push(`|---|---|${COLUMNS.map(() => '---').join('|')}|`);
  for (const action of ACTIONS) {
    const row = PERMISSIONS[action];
    lines.push(`| \`${action}\`: ${row.what.en} | ${row.commands.map((c) => `\`${c}\``).join(', ')} | ${COLUMNS.map((c) => cell(action, c)).join(' | ')} |`);
  }
  lines.push('', '### The rows', '', '| action | offices (in that committee, seat running today) | refused with | limits (not for administrators) |', '|---|---|---|---|');
  for (const action of ACTIONS) {
    const row = PERMISSIONS[action];
    const offices = row.offices.length === 0 ? 'none: administrators only' : row.offices.map((r) => ROLE_NAMES[r]).join(', ');
    const refusal = `\`${row.refusal}\`${row.refusalForSelf ? `; about herself: \`${row.refusalForSelf}\`` : ''}`;
    const limits = row.limits.length === 0 ? '—' : row.limits.map((l) => `\`${l}\`: ${LIMIT_TEXT[l]}`).join('; ');
    lines.push(`| \`${action}\` | ${offices} | ${refusal} | ${limits} |`);
  }
  lines.push('', END);
  return lines.join('\n');
}
