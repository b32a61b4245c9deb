/**
 * What a Teams user sees, end to end on loopback: signed activities shaped like Microsoft's examples
 * in, the Adaptive Cards the fake Bot Connector received out.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { botAddedToTeam, cardAction, channelMention, JAN, KARIN, personalChat, personalMessage, SANNE, STRANGER, taskInvoke, TEAM_CHANNEL } from './activities.ts';
import { cardOf, cardText, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());
beforeEach(async () => h.reset());

const lastSent = () => h.ms.sent().at(-1)!;

describe('Teams: questions and commands', () => {
  it('answers "wie vertegenwoordigt Combinatie Noord in het SBO?" in a personal chat with Jan de Vries, in Dutch', async () => {
    expect((await h.post(personalMessage(h.ms.serviceUrl, JAN, 'wie vertegenwoordigt Combinatie Noord in het SBO?'))).status).toBe(200);
    const reply = lastSent();
    expect(reply.conversationId).toBe(personalChat(JAN));
    expect(cardOf(reply.body).version).toBe('1.5');
    expect(cardText(reply.body)).toContain('Jan de Vries');
    expect(cardText(reply.body)).toMatch(/mandaat/);
  });

  it('strips the @mention in a channel and answers an English question in English', async () => {
    await h.post(channelMention(h.ms.serviceUrl, SANNE, 'who represents Combination North at the SBO?', 'en-GB'));
    const reply = lastSent();
    expect(reply.conversationId.startsWith(TEAM_CHANNEL)).toBe(true);
    expect(cardText(reply.body)).toContain('Jan de Vries');
    expect(cardText(reply.body)).toMatch(/mandate/);
  });

  it('offers "did you mean" for a misspelt committee', async () => {
    const before = h.ms.sent().length;
    await h.post(channelMention(h.ms.serviceUrl, JAN, 'wie vertegenwoordigt Combinatie Noord in het SBOO?'));
    const [warning, choices] = h.ms.sent().slice(before);
    expect(JSON.stringify(cardOf(warning!.body))).toContain('"style":"warning"');
    expect(cardText(warning!.body)).toMatch(/Bedoelt u .*SBO/);
    // The choices as buttons that ask the question again with the name (issue 15, point 2).
    expect(JSON.stringify(cardOf(choices!.body))).toContain('"command":"/gremium vraag wie vertegenwoordigt Combinatie Noord in het SBO?"');
  });

  it('answers "help" typed from the command menu with the help card', async () => {
    await h.post(channelMention(h.ms.serviceUrl, JAN, 'help'));
    expect(cardText(lastSent().body)).toContain('Gremium: wat u kunt vragen en doen');
  });

  it("refuses a secretary's command from a member and changes nothing", async () => {
    const audit = await h.db.db.auditEntry.count();
    await h.post(channelMention(h.ms.serviceUrl, KARIN, '/gremium mandaat intrekken "Jan de Vries" namens="Combinatie Noord"'));
    const linkAudit = 1; // Karin's account was linked by her roster e-mail
    expect(await h.db.db.auditEntry.count()).toBe(audit + linkAudit);
    expect(JSON.stringify(cardOf(lastSent().body))).toContain('"style":"warning"');
    expect(cardText(lastSent().body)).toMatch(/beheerder|secretaris/);
    expect(cardText(lastSent().body)).toMatch(/niets gewijzigd|Er is niets/i);
  });

  it('tells someone Gremium does not know that they are not linked (nothing written)', async () => {
    const before = await h.db.db.platformIdentity.count();
    await h.post(personalMessage(h.ms.serviceUrl, STRANGER, 'help'));
    expect(await h.db.db.platformIdentity.count()).toBe(before);
    expect(JSON.stringify(cardOf(lastSent().body))).toContain('"style":"warning"');
    expect(cardText(lastSent().body)).toMatch(/weet nog niet wie u bent/);
  });

  it('handles an activity Teams re-sends only once', async () => {
    const activity = channelMention(h.ms.serviceUrl, JAN, 'wie vertegenwoordigt Combinatie Noord in het SBO?');
    const first = await h.post(activity);
    const second = await h.post(activity);
    expect([first.status, second.status], JSON.stringify({ first, second, errors: h.errors.map(String) })).toEqual([200, 200]);
    expect(h.ms.sent(), JSON.stringify({ calls: h.ms.calls.map((c) => c.method + ' ' + c.path), errors: h.errors.map(String) })).toHaveLength(1);
  });
});

describe('Teams: card buttons (Action.Execute)', () => {
  it('answers an adaptiveCard/action invoke with the refreshed card in the HTTP response', async () => {
    const res = await h.post(cardAction(h.ms.serviceUrl, JAN, '/gremium lijst SBO'));
    expect(res.status).toBe(200);
    const body = res.body as { statusCode: number; type: string; value: Record<string, unknown> };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(body.value.version).toBe('1.5');
    expect(cardText(body.value)).toContain('Jan de Vries');
  });

  it('ignores a button whose data is no Gremium command, with a message instead of a card', async () => {
    const activity = cardAction(h.ms.serviceUrl, JAN, 'rm -rf /');
    const res = await h.post(activity);
    expect((res.body as { type: string }).type).toBe('application/vnd.microsoft.activity.message');
  });
});

describe('Teams: install and proactive messages', () => {
  it('stores the channel on install, welcomes with dialog buttons, and posts a committee reminder there later', async () => {
    await h.post(botAddedToTeam(h.ms.serviceUrl, SANNE));
    expect(cardText(lastSent().body)).toContain('Gremium');
    expect(JSON.stringify(lastSent().body)).toContain('task/fetch');
    const sbo = await h.db.db.committee.findUniqueOrThrow({ where: { code: 'SBO' } });
    await h.db.db.committeeChannel.create({ data: { committeeId: sbo.id, platform: 'teams', channel: TEAM_CHANNEL } });
    const { teamsPoster } = await import('../../../src/platforms/teams/poster.ts');
    const poster = teamsPoster({ adapter: h.bot.adapter, appId: h.bot.appId, deps: h.deps });
    await poster.post({ key: 'duty:test:remind:teams', platform: 'teams', channel: TEAM_CHANNEL, payload: [{ kind: 'text', text: 'Herinnering: agenda SBO' }] });
    expect(lastSent().conversationId).toBe(TEAM_CHANNEL);
    expect(cardText(lastSent().body)).toContain('Herinnering: agenda SBO');
  });
});

describe('Teams: dialogs', () => {
  it('refuses a seat from the dialog that the committee\'s composition forbids, quoting the rule, and changes nothing', async () => {
    // 001 SBO "6 Bestuurders namens de combinaties": Combinatie Noord already has Jan de Vries.
    const [seats, audits] = [await h.db.db.seat.count(), await h.db.db.auditEntry.count()];
    const values = { committee: 'SBO', person: 'Piet Jansen', role: 'lid', organisation: 'Combinatie Noord', from: '2026-12-01' };
    const submitted = await h.post(taskInvoke(h.ms.serviceUrl, SANNE, 'task/submit', { dialog: 'seat', ...values }));
    const task = (submitted.body as { task: { type: string; value: { card: { content: Record<string, unknown> } } } }).task;
    expect(task.type).toBe('continue');
    const form = JSON.stringify(task.value.card.content);
    expect(form).toContain('"style":"warning"');
    expect(form).toContain('Combinatie Noord heeft in het SBO al 1 zetel als lid (Jan de Vries); meer mag niet (bron: 001 SBO).');
    expect(form).toContain('"value":"Piet Jansen"');
    expect(await h.db.db.seat.count()).toBe(seats);
    // Sanne's account may be linked by her roster e-mail on this first turn; nothing else is written.
    expect((await h.db.db.auditEntry.findMany({ orderBy: { id: 'asc' } })).slice(audits).map((a) => a.action).filter((a) => a !== 'identity.link')).toEqual([]);
  });

  it('opens the absence form and shows an error on the form, keeping what was typed', async () => {
    const fetched = await h.post(taskInvoke(h.ms.serviceUrl, JAN, 'task/fetch', { msteams: { type: 'task/fetch' }, dialog: 'absent' }));
    const task = (fetched.body as { task: { type: string; value: { card: { content: Record<string, unknown> } } } }).task;
    expect(task.type).toBe('continue');
    expect(JSON.stringify(task.value.card.content)).toContain('Input.Text');
    const submitted = await h.post(taskInvoke(h.ms.serviceUrl, JAN, 'task/submit', { dialog: 'absent', committee: 'SBOO', date: '2026-12-10' }));
    const again = (submitted.body as { task: { type: string; value: { card: { content: Record<string, unknown> } } } }).task;
    expect(again.type).toBe('continue');
    const form = JSON.stringify(again.value.card.content);
    expect(form).toContain('"style":"warning"');
    expect(form).toContain('"value":"SBOO"');
  });
});
