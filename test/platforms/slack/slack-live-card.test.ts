/**
 * Issue 18 on Slack, as several members see it (the real Bolt app against the fake Slack Web API):
 * one live card per poll in the committee's channel, edited for everyone after every vote in the
 * committee's language (the clicker's own confirmation comes to them alone, in theirs), closed in
 * place by the secretary or by the scheduler at its time; text as typed; replies where they belong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackOutboxPoster } from '../../../src/platforms/slack/outbox-poster.ts';
import { dispatchOutbox } from '../../../src/scheduler/dispatch-outbox.ts';
import { closeDuePollsAndAnnounce } from '../../../src/scheduler/poll-closings.ts';
import { createServiceDeps } from '../../../src/services/deps.ts';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { visibleText } from './fake-slack.ts';
import { BOT, blockAction, slashCommand, viewSubmission } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';

let database: TestDatabase;
let h: Harness;
const NOW = new Date('2026-11-25T10:00:00Z');
const deps = (now = NOW) => createServiceDeps({ db: database.db, now: () => now, caches: database.caches });
const SBO_CHANNEL = 'C0SBO00002';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  const sbo = await database.db.committee.findUniqueOrThrow({ where: { code: 'SBO' } });
  await database.db.committeeChannel.create({ data: { committeeId: sbo.id, platform: 'slack', channel: SBO_CHANNEL } });
  h = await startHarness(deps());
  h.fake.users.set('U0JAN', { email: 'jan.devries@jeugdzorgnoord.example', locale: 'nl-NL' });
  // Daniel's stored language is English (demo/region/Personen.csv).
  h.fake.users.set('U0DANIEL', { email: 'daniel.hughes@middenpunt.example', locale: 'en-GB' });
  h.fake.users.set('U0SANNE', { email: 'sanne.bakker@regio.example', locale: 'nl-NL' });
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

type Block = { type: string; elements?: { action_id: string; value: string }[] };
const buttonsOf = (args: Record<string, unknown>) => ((args.blocks ?? []) as Block[]).flatMap((b) => (b.type === 'actions' ? b.elements ?? [] : []));
/** The mrkdwn texts as sent (escaped), to see what Slack would make of them. */
function rawMrkdwn(args: Record<string, unknown>): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
      for (const v of Object.values(o)) walk(v);
    }
  };
  walk(args.blocks);
  return out.join('\n');
}

/** Opens an SBO poll through the modal, as the secretary; the posted card's ts and buttons. */
async function openPoll(question: string, extra: Record<string, string> = {}) {
  await h.turn(viewSubmission({ user: 'U0SANNE', callbackId: 'gremium.form:poll', values: { committee: 'SBO', question, closes: '2026-12-01', ...extra } }));
  const poll = await database.db.poll.findFirstOrThrow({ where: { question } });
  const ts = (await database.db.pollMessage.findFirstOrThrow({ where: { pollId: poll.id, channel: SBO_CHANNEL } })).messageId;
  const posted = h.fake.of('chat.postMessage').find((c) => c.args.channel === SBO_CHANNEL && c.args.ts === undefined && visibleText(c.args).includes(question))!;
  return { poll, ts, buttons: buttonsOf(posted.args), posted };
}

/** The card everyone in the channel sees now: its last edit. */
const shared = (ts: string) => h.fake.of('chat.update').filter((u) => u.args.channel === SBO_CHANNEL && u.args.ts === ts).at(-1)!;

async function vote(user: string, ts: string, button: { action_id: string; value: string }) {
  const since = h.fake.calls.length;
  await h.turn(blockAction({ user, channel: SBO_CHANNEL, messageTs: ts, actionId: button.action_id, value: button.value, responseUrl: h.fake.responseUrl(`${user}-${Math.random()}`) }));
  await h.slack.idle();
  return h.fake.of('respond', since);
}

describe('one live card per poll', () => {
  it("shows a second member's vote on the channel's card in the committee's language; each voter hears back alone, in their own", async () => {
    const { ts, buttons } = await openPoll('Akkoord met het werkplan?');
    await vote('U0JAN', ts, buttons[0]!);
    expect(visibleText(shared(ts).args)).toMatch(/1 van \d+ zetels gestemd/);

    const toDaniel = await vote('U0DANIEL', ts, buttons[1]!);
    expect(toDaniel.every((r) => r.args.response_type === 'ephemeral')).toBe(true);
    expect(toDaniel.map((r) => visibleText(r.args)).join('\n')).toMatch(/Your vote/);

    const everyone = visibleText(shared(ts).args);
    expect(everyone).toMatch(/2 van \d+ zetels gestemd/);
    expect(everyone).not.toMatch(/\bvoted\b|Your vote|Uw stem/);
    expect(everyone).toMatch(/Uitkomst\W+nog open/);
  });

  it('closes the card in place when the secretary closes the poll: no buttons, the outcome, the decision-list line', async () => {
    const { poll, ts, buttons } = await openPoll('Akkoord met de begroting?', { meeting: '2026-12-10' });
    await vote('U0JAN', ts, buttons[0]!);
    const since = h.fake.calls.length;
    await h.turn(slashCommand({ user: 'U0SANNE', text: `peiling sluiten ${poll.id}`, channel: SBO_CHANNEL, responseUrl: h.fake.responseUrl('close') }));
    await h.slack.idle();
    const closed = shared(ts).args;
    expect(buttonsOf(closed)).toEqual([]);
    const words = visibleText(closed);
    expect(words).toMatch(/gesloten op/);
    expect(words).not.toMatch(/open tot|nog open|Stem met/);
    expect(words).toMatch(/besluit \d+ op de besluitenlijst van/);
    // No second card beside it.
    expect(h.fake.of('chat.postMessage', since).filter((c) => c.args.channel === SBO_CHANNEL && buttonsOf(c.args).length > 0)).toEqual([]);
  });

  it('closes the card in place when the scheduler closes the poll at its time', async () => {
    const { ts, buttons } = await openPoll('Akkoord met de planning?');
    await vote('U0JAN', ts, buttons[0]!);
    const later = new Date('2026-12-02T00:00:00Z');
    const at = deps(later);
    const since = h.fake.calls.length;
    expect((await closeDuePollsAndAnnounce(at)).length).toBeGreaterThanOrEqual(1);
    const poster = slackOutboxPoster({ token: BOT.token, apiUrl: h.fake.apiUrl, deps: at });
    expect(await dispatchOutbox(at, poster, later, 'test', { channelGapMs: 0, leaseMs: 60_000 })).toMatchObject({ failed: 0 });
    const closed = shared(ts).args;
    expect(buttonsOf(closed)).toEqual([]);
    expect(visibleText(closed)).toMatch(/gesloten op/);
    expect(visibleText(closed)).not.toMatch(/Stem met/);
    // The outcome is told in the channel; the card is not posted a second time.
    const posts = h.fake.of('chat.postMessage', since).filter((c) => c.args.channel === SBO_CHANNEL);
    expect(posts.map((c) => visibleText(c.args)).join('\n')).toMatch(/Peiling gesloten/);
    expect(posts.filter((c) => buttonsOf(c.args).length > 0 || visibleText(c.args).includes('Peiling SBO'))).toEqual([]);
  });
});

describe('text as typed', () => {
  it("escapes a typed question's angle brackets and the placeholders for mrkdwn", async () => {
    const { posted } = await openPoll('Akkoord met <het> voorstel?');
    expect(visibleText(posted.args)).toContain('Akkoord met <het> voorstel?');
    expect(visibleText(posted.args)).toMatch(/<keuze>/);
    expect(rawMrkdwn(posted.args)).not.toMatch(/<het>|<keuze>/);
    const { calls } = await h.turn(slashCommand({ user: 'U0JAN', text: 'help', responseUrl: h.fake.responseUrl('help') }));
    const help = calls.filter((c) => c.method.startsWith('respond/')).map((c) => c.args);
    expect(help.map((a) => visibleText(a)).join('\n')).toMatch(/<[a-z]+>/);
    expect(help.map((a) => rawMrkdwn(a)).join('\n')).not.toMatch(/<[a-z]+>/);
  });
});

describe('replies where they belong', () => {
  it("posts a poll opened in the committee's own channel there once", async () => {
    const since = h.fake.calls.length;
    await h.turn(slashCommand({ user: 'U0SANNE', text: 'peiling openen SBO vraag="Eens?" sluit=2026-12-01', channel: SBO_CHANNEL, responseUrl: h.fake.responseUrl('open') }));
    await h.slack.idle();
    const cards = h.fake.of('chat.postMessage', since).filter((c) => c.args.channel === SBO_CHANNEL && buttonsOf(c.args).length > 0);
    expect(cards).toHaveLength(1);
  });

  it("keeps the absence form's confirmation private", async () => {
    const since = h.fake.calls.length;
    await h.turn(viewSubmission({ user: 'U0JAN', callbackId: 'gremium.form:absent', values: { committee: 'SBO', date: '2026-12-10' }, privateMetadata: JSON.stringify({ channel: SBO_CHANNEL }) }));
    const publicly = h.fake.of('chat.postMessage', since).filter((c) => c.args.channel === SBO_CHANNEL).map((c) => visibleText(c.args)).join('\n');
    expect(publicly).not.toMatch(/afgemeld/);
    const privately = [...h.fake.of('chat.postEphemeral', since), ...h.fake.of('chat.postMessage', since).filter((c) => String(c.args.channel).startsWith('D'))];
    expect(privately.map((c) => visibleText(c.args)).join('\n')).toMatch(/U bent afgemeld/);
  });

  it('tells the secretary what to do when the committee has no channel, never that the card was posted', async () => {
    const since = h.fake.calls.length;
    // A form opened from the shortcut menu, outside any channel; the ORO has no Slack channel.
    await h.turn(viewSubmission({ user: 'U0SANNE', callbackId: 'gremium.form:poll', values: { committee: 'ORO', question: 'Eens met ORO?', closes: '2026-12-01' }, privateMetadata: '{"channel":null}' }));
    const said = h.fake.calls.slice(since).map((c) => visibleText(c.args)).join('\n');
    expect(said).not.toMatch(/in het kanaal van het gremium gezet/);
    expect(said).toMatch(/\/gremium kanaal ORO/);
  });
});
