/**
 * Which Slack payloads start their turn's reads beside the request's claim (platforms/slack/verify.ts):
 * only those that become a turn with a sender, so nothing is read for a form, a picker or an empty
 * command (which opens the form chooser instead).
 */
import { describe, expect, it } from 'vitest';
import { commandOrButtonTurn } from '../../src/platforms/slack/parse.ts';

/** Whose turn a payload starts (null: none; it goes on to the app's listeners). */
const commandOrButtonSender = (body: Record<string, unknown>) => commandOrButtonTurn(body)?.userId ?? null;

const button = (value: string | undefined, actionId = 'gremium.command:x') => ({
  type: 'block_actions', user: { id: 'U1' }, channel: { id: 'C1' }, actions: [{ action_id: actionId, ...(value === undefined ? {} : { value }) }],
});

describe('Slack: whose reads start beside the claim', () => {
  it('a slash command with text: its sender', () => {
    expect(commandOrButtonSender({ command: '/gremium', text: 'wie zit in het SBO?', user_id: 'U1' })).toBe('U1');
  });

  it('another slash command than the app\'s: none', () => {
    expect(commandOrButtonSender({ command: '/andere', text: 'wie zit in het SBO?', user_id: 'U1' })).toBeNull();
  });

  it('an empty slash command opens the chooser: none', () => {
    expect(commandOrButtonSender({ command: '/gremium', text: '  ', user_id: 'U1' })).toBeNull();
  });

  it('a click on a command button: its clicker; a button without a command: none', () => {
    expect(commandOrButtonSender(button('/gremium stem 1 akkoord'))).toBe('U1');
    expect(commandOrButtonSender(button('form:poll'))).toBeNull();
    expect(commandOrButtonSender(button(undefined))).toBeNull();
  });

  it('a button the command-button listener does not take (another action id), even with a command as its value: none', () => {
    expect(commandOrButtonSender(button('/gremium stem 1 akkoord', 'gremium.form:poll'))).toBeNull();
  });

  it('events, form submissions and malformed payloads: none', () => {
    expect(commandOrButtonSender({ type: 'event_callback', event: { type: 'message', user: 'U1' } })).toBeNull();
    expect(commandOrButtonSender({ type: 'view_submission', user: { id: 'U1' } })).toBeNull();
    expect(commandOrButtonSender({ type: 'block_actions', user: { id: 'U1' } })).toBeNull();
    expect(commandOrButtonSender({ command: '/gremium', text: 'x' })).toBeNull();
  });
});
