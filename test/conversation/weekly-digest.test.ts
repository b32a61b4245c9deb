/**
 * Issue 17, point 5: "a weekly digest message per person on a day they choose (sent through the outbox,
 * exactly once, opt-out)". On the demo region, on a real database: the digest of "wat staat er voor mij
 * open?" is put in the outbox on the person's day (Monday unless chosen) from 08:00 Amsterdam time and
 * on no other day, once per ISO week and platform however often and from however many instances the job
 * runs; the day is chosen or turned off with a command in either language, or with a sentence that only
 * proposes that command; a day that is none is refused in the asker's language and changes nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import type { CardReply, Reply } from '../../src/conversation/reply.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { slackOutboxPoster } from '../../src/platforms/slack/outbox-poster.ts';
import { dispatchOutbox } from '../../src/scheduler/dispatch-outbox.ts';
import { createWeeklyDigests } from '../../src/scheduler/weekly-digests.ts';
import { createServiceCaches, createServiceDeps } from '../../src/services/deps.ts';
import { sayAndClick } from '../support/confirm-click.ts';
import { startFakeSlackOutboxApi } from '../support/fake-slack-outbox-api.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
/** Wednesday 25 November 2026; the next Monday is 30 November (ISO week 2026-W49). */
let clock = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });
const JAN = demoId.person('jan-de-vries');
const PIET = demoId.person('piet-jansen');

const send = (person: string, text: string) => handle(deps(), { sender: { personId: person }, text });
const say = async (person: string, text: string) => renderReplies(await send(person, text));
const digestsOf = (person: string) => database.db.outboxMessage.findMany({ where: { key: { startsWith: `digest:${person}:` } }, orderBy: { key: 'asc' } });
const dayOf = async (person: string) => (await database.db.person.findUniqueOrThrow({ where: { id: person }, select: { digestDay: true } })).digestDay;
const audits = () => database.db.auditEntry.count();
/** The job as a scheduler instance runs it at `at` (its own caches, as another process would have). */
const run = (at: string) => createWeeklyDigests(createServiceDeps({ db: database.db, now: () => new Date(at), caches: createServiceCaches() }), new Date(at));

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  clock = new Date('2026-11-25T10:00:00Z');
  await database.resetToDemo(deps());
  // Jan is linked on Slack and Teams, Piet on Slack only; the demo's people are linked to nobody.
  await database.db.platformIdentity.createMany({
    data: [
      { platform: 'slack', externalId: 'U_JAN', personId: JAN },
      { platform: 'teams', externalId: 'aad-jan', personId: JAN },
      { platform: 'slack', externalId: 'U_PIET', personId: PIET },
    ],
  });
});

describe('the weekly digest', () => {
  it('goes out on Monday by default, from 08:00 Amsterdam time, to each platform, with what "wat staat er voor mij open?" answers', async () => {
    expect(await run('2026-11-30T06:59:00Z')).toBe(0); // 07:59 in Amsterdam
    expect(await run('2026-11-30T07:00:00Z')).toBe(3);
    const rows = await digestsOf(JAN);
    expect(rows.map((r) => [r.key, r.platform, r.channel])).toEqual([
      [`digest:${JAN}:2026-W49:slack`, 'slack', 'U_JAN'],
      [`digest:${JAN}:2026-W49:teams`, 'teams', 'aad-jan'],
    ]);
    const digest = (rows[0]!.payload as unknown as CardReply[])[0]!;
    expect(digest).toMatchObject({ kind: 'card', title: 'Weekoverzicht voor Jan de Vries (week 49)', to: { personId: JAN } });
    expect(digest.footer).toBe('U krijgt dit overzicht elke maandag. Andere dag: /gremium overzicht <dag>; uitzetten: /gremium overzicht uit');
    // The same lines and Done buttons as the chat answer on that Monday.
    clock = new Date('2026-11-30T07:00:00Z');
    const answer = (await send(JAN, 'wat staat er voor mij open?'))[0] as CardReply;
    expect(digest.lines).toEqual(answer.lines);
    expect(digest.actions).toEqual(answer.actions);
    expect(digest.lines).toContain('Termijnen (te late eerst):');
  });

  it('reaches Slack as a direct message through the outbox, once', async () => {
    const slack = await startFakeSlackOutboxApi();
    try {
      await run('2026-11-30T09:00:00Z');
      const poster = slackOutboxPoster({ token: 'xoxb-test', apiUrl: slack.url });
      const at = new Date('2026-11-30T09:00:00Z');
      await dispatchOutbox(deps(), poster, at, 'one', { channelGapMs: 0 });
      await dispatchOutbox(deps(), poster, at, 'two', { channelGapMs: 0 });
      expect(slack.posts.map((p) => [p.channel, p.key])).toEqual(expect.arrayContaining([['U_JAN', `digest:${JAN}:2026-W49:slack`], ['U_PIET', `digest:${PIET}:2026-W49:slack`]]));
      expect(slack.posts.length).toBe(2);
      expect(slack.posts.find((p) => p.channel === 'U_JAN')!.text).toContain('Weekoverzicht voor Jan de Vries (week 49)');
    } finally {
      await slack.close();
    }
  });

  it('is not made on the other days of the week', async () => {
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']) {
      expect(await run(`${day}T10:00:00Z`), day).toBe(0);
    }
    expect(await database.db.outboxMessage.count({ where: { key: { startsWith: 'digest:' } } })).toBe(0);
  });

  it('is made exactly once per week, when the job runs again and from two instances at once', async () => {
    const [a, b] = await Promise.all([run('2026-11-30T09:00:00Z'), run('2026-11-30T09:00:00Z')]);
    expect(a + b).toBe(3);
    expect(await run('2026-11-30T15:00:00Z')).toBe(0);
    expect(await run('2026-11-30T22:59:00Z')).toBe(0); // 23:59 in Amsterdam, still Monday
    expect((await digestsOf(JAN)).length).toBe(2);
    expect((await digestsOf(PIET)).map((r) => r.key)).toEqual([`digest:${PIET}:2026-W49:slack`]);
    // The next Monday is another week.
    expect(await run('2026-12-07T09:00:00Z')).toBe(3);
  });

  it('comes on the day chosen with a command, and not on Monday any more', async () => {
    expect(await say(JAN, '/gremium overzicht vrijdag')).toBe(
      'Uw weekoverzicht ("wat staat er voor mij open?") komt voortaan elke vrijdag vanaf 08:00 als persoonlijk bericht. Uitzetten: /gremium overzicht uit',
    );
    expect(await dayOf(JAN)).toBe(5);
    expect(await database.db.auditEntry.count({ where: { action: 'person.digestDay', subjectId: JAN, actorId: JAN } })).toBe(1);
    await run('2026-11-30T09:00:00Z');
    expect(await digestsOf(JAN)).toEqual([]);
    expect(await run('2026-12-04T09:00:00Z')).toBe(2);
    const digest = ((await digestsOf(JAN))[0]!.payload as unknown as CardReply[])[0]!;
    expect(digest.footer).toContain('elke vrijdag');
    expect(await say(JAN, '/gremium overzicht')).toBe('Uw weekoverzicht komt elke vrijdag vanaf 08:00. Andere dag: /gremium overzicht <dag>; uitzetten: /gremium overzicht uit');
  });

  it('is in English for a person who speaks English, and the DST change does not move it', async () => {
    await send(PIET, '/gremium language en');
    expect(await say(PIET, '/gremium digest sunday')).toBe('Your weekly digest ("what needs me?") now comes every Sunday from 08:00 as a direct message. Turn it off: /gremium digest off');
    // Sunday 28 March 2027: clocks go from 02:00 CET to 03:00 CEST; 08:00 in Amsterdam is 06:00Z.
    expect(await run('2027-03-28T05:59:00Z')).toBe(0);
    expect(await run('2027-03-28T06:00:00Z')).toBeGreaterThanOrEqual(1);
    const [row] = await digestsOf(PIET);
    expect(row!.key).toBe(`digest:${PIET}:2027-W12:slack`);
    const digest = (row!.payload as unknown as CardReply[])[0]!;
    expect(digest.title).toBe('Weekly digest for Piet Jansen (week 12)');
    expect(digest.footer).toBe('You get this digest every Sunday. Another day: /gremium digest <day>; turn it off: /gremium digest off');
  });

  it('is not made for a person who turned it off, on any day', async () => {
    expect(await say(JAN, '/gremium digest off')).toBe('You will no longer get a weekly digest. Turn it on again: /gremium digest monday (or another day).');
    expect(await dayOf(JAN)).toBeNull();
    for (let d = 30; d < 37; d++) await run(new Date(Date.UTC(2026, 10, d, 9)).toISOString());
    expect(await digestsOf(JAN)).toEqual([]);
    expect((await digestsOf(PIET)).length).toBe(1);
    expect(await say(JAN, '/gremium overzicht')).toBe('U krijgt geen weekoverzicht. Aanzetten: /gremium overzicht <dag>, bijvoorbeeld /gremium overzicht maandag');
  });

  it('says "nothing open" when nothing needs the person, and is not sent to someone who left every committee', async () => {
    await database.db.seat.updateMany({ where: { personId: PIET }, data: { endsOn: new Date('2026-11-24T00:00:00Z') } });
    await database.db.seat.updateMany({ where: { substituteId: PIET }, data: { substituteId: null } });
    const ANITA = demoId.person('anita-roos');
    await database.db.platformIdentity.create({ data: { platform: 'slack', externalId: 'U_ANITA', personId: ANITA } });
    await run('2026-11-30T09:00:00Z');
    expect(await digestsOf(PIET)).toEqual([]);
    const digest = ((await digestsOf(ANITA))[0]!.payload as unknown as CardReply[])[0]!;
    expect(digest.lines).toEqual(['Er staat deze week niets voor u open.']);
  });

  it('refuses a day that is none, naming the valid days, in the language typed, and changes nothing', async () => {
    const before = await audits();
    expect(await say(JAN, '/gremium overzicht vrijdagmiddag')).toContain(
      '"vrijdagmiddag" is geen dag. Kies maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag of zondag, of "uit" voor geen weekoverzicht. Er is niets gewijzigd.',
    );
    expect(await say(JAN, '/gremium digest someday')).toContain(
      '"someday" is not a day. Choose Monday, Tuesday, Wednesday, Thursday, Friday, Saturday or Sunday, or "off" for no weekly digest. Nothing was changed.',
    );
    expect(await dayOf(JAN)).toBe(1);
    expect(await audits()).toBe(before);
  });
});

describe('the digest in a sentence', () => {
  const confirmed = (text: string, person = JAN) => sayAndClick((t) => send(person, t), audits, text);

  it('"stuur mijn overzicht op vrijdag" proposes /gremium overzicht vrijdag, and only its button changes the day', async () => {
    const proposal = (await send(JAN, 'stuur mijn overzicht op vrijdag')) as Reply[];
    expect(renderReplies(proposal)).toContain('Uw weekoverzicht voortaan elke vrijdag sturen.');
    expect(renderReplies(proposal)).toContain('/gremium overzicht vrijdag');
    expect(await dayOf(JAN)).toBe(1);
    expect(renderReplies(await confirmed('stuur mijn overzicht op vrijdag'))).toContain('komt voortaan elke vrijdag');
    expect(await dayOf(JAN)).toBe(5);
  });

  it('a sentence that starts with the command word is read as a sentence, not refused as a bad day', async () => {
    const out = await say(JAN, 'weekoverzicht graag op donderdag');
    expect(out).toContain('Zal ik dit vastleggen?');
    expect(out).toContain('/gremium overzicht donderdag');
    expect(await say(JAN, 'overzicht van mijn termijnen')).not.toContain('is geen dag');
    expect(await dayOf(JAN)).toBe(1);
  });

  it('"geen wekelijks overzicht meer" and "no more weekly digest" turn it off after the click', async () => {
    expect(renderReplies(await confirmed('geen wekelijks overzicht meer'))).toContain('U krijgt geen weekoverzicht meer.');
    expect(await dayOf(JAN)).toBeNull();
    expect(renderReplies(await confirmed('send my digest on Tuesdays please'))).toContain('every Tuesday');
    expect(await dayOf(JAN)).toBe(2);
    expect(renderReplies(await confirmed('no more weekly digest'))).toContain('You will no longer get a weekly digest.');
    expect(await dayOf(JAN)).toBeNull();
  });
});
