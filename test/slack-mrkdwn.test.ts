/**
 * escapeMrkdwn: Slack's three reserved characters become entities, a formatting character that
 * would format gets an invisible soft hyphen before it, and nothing else changes: with the soft
 * hyphens taken out and the entities decoded, the text is exactly what was typed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../src/platforms/slack/render.ts';
import { refusalOf } from '../src/platforms/slack/workspace.ts';

const shown = (escaped: string) => escaped.replace(/\u00ad/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('escapeMrkdwn', () => {
  it('shows any text as typed, with no raw < or > left', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (typed) => {
      const escaped = escapeMrkdwn(typed.replace(/\u00ad/g, ''));
      expect(shown(escaped)).toBe(typed.replace(/\u00ad/g, ''));
      expect(escaped).not.toMatch(/[<>]/);
    }));
  });

  it('neutralises formatting at a word edge, leaves it inside words', () => {
    expect(escapeMrkdwn('*vet* _schuin_ ~weg~ `code`')).toBe('\u00ad*vet* \u00ad_schuin_ \u00ad~weg~ \u00ad`code`');
    expect(escapeMrkdwn('snake_case_name 2*3')).toBe('snake_case_name 2*3');
    expect(escapeMrkdwn('> citaat\n<!channel>')).toBe('\u00ad&gt; citaat\n&lt;!channel&gt;');
  });
});

describe('refusalOf (whose Slack users count)', () => {
  const home = { teamId: 'T1' };
  it('admits a member of the installing workspace, refuses others, guests and strangers', () => {
    expect(refusalOf({ team_id: 'T1' }, home)).toBeNull();
    expect(refusalOf({ team_id: 'T2' }, home)).toBe('SLACK_OTHER_WORKSPACE');
    expect(refusalOf({ team_id: 'T1', is_stranger: true }, home)).toBe('SLACK_OTHER_WORKSPACE');
    expect(refusalOf({ team_id: 'T1', is_restricted: true }, home)).toBe('SLACK_GUEST');
    expect(refusalOf({ team_id: 'T1', is_ultra_restricted: true }, { ...home, allowGuests: true })).toBeNull();
    expect(refusalOf({ team_id: 'T2' }, { ...home, allowConnect: true })).toBeNull();
    expect(refusalOf(null, home)).toBe('SLACK_PROFILE_UNAVAILABLE');
    expect(refusalOf({ team_id: 'T1', deleted: true }, home)).toBe('SLACK_PROFILE_UNAVAILABLE');
  });

  it('admits nobody when it knows no workspace (fail closed)', () => {
    expect(refusalOf({ team_id: 'T1' }, {})).toBe('SLACK_OTHER_WORKSPACE');
  });
});
