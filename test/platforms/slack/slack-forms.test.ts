/**
 * Modals and the App Home tab on the real Bolt app: `/gremium` without words opens the form chooser,
 * a form button turns it into the form, a submission runs the same command as typing it would, and
 * an invalid field comes back as a field error (response_action: errors) with nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { visibleText } from './fake-slack.ts';
import { homeOpened, interactive, slashCommand, viewSubmission } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';
import { createServiceDeps } from '../../../src/services/deps.ts';

let database: TestDatabase;
let h: Harness;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  h = await startHarness(deps());
  h.fake.users.set('U0JAN', { email: 'jan.devries@jeugdzorgnoord.example', locale: 'nl-NL' });
  h.fake.users.set('U0SANNE', { email: 'sanne.bakker@regio.example', locale: 'nl-NL' });
  h.fake.users.set('U0PIET', { email: 'piet.jansen@jeugdzorgnoord.example', locale: 'en-GB' });
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

const seatForm = (user: string, values: Record<string, string>) => viewSubmission({ user, callbackId: 'gremium.form:seat', values });
const seats = () => database.db.seat.count();

describe('the form chooser', () => {
  it('opens on /gremium without words, in the user’s language, and a button turns it into the form', async () => {
    const { calls } = await h.turn(slashCommand({ user: 'U0PIET', text: '', responseUrl: h.fake.responseUrl('x') }));
    const opened = calls.find((c) => c.method === 'views.open');
    expect(opened?.args.view).toMatchObject({ type: 'modal', callback_id: 'gremium.forms' });
    expect(visibleText(opened!.args)).toContain('Add a seat');
    const click = interactive({
      type: 'block_actions', user: { id: 'U0PIET', username: 'piet', name: 'piet', team_id: 'T0001' }, api_app_id: 'A123456', token: 't',
      container: { type: 'view', view_id: 'V1' }, trigger_id: '1.2.3', team: { id: 'T0001', domain: 'g' },
      view: { id: 'V1', hash: 'h1', type: 'modal', callback_id: 'gremium.forms', private_metadata: '{"channel":"C2147483705"}', state: { values: {} } },
      actions: [{ action_id: 'gremium.form:seat', block_id: 'forms', value: 'seat', type: 'button', action_ts: '1', text: { type: 'plain_text', text: 'Add a seat' } }],
    });
    const updated = (await h.turn(click)).calls.find((c) => c.method === 'views.update');
    expect(updated?.args).toMatchObject({ view_id: 'V1', hash: 'h1' });
    const blocks = (updated!.args.view as { blocks: { block_id: string }[] }).blocks.map((b) => b.block_id);
    expect(blocks).toEqual(['committee', 'person', 'role', 'organisation', 'from', 'until']);
  });
});

describe('the add-seat form', () => {
  it('puts a wrong role on the role field and changes nothing', async () => {
    const before = await seats();
    const res = await h.turn(seatForm('U0SANNE', { committee: 'SBO', person: 'Karin Smit', role: 'koning', from: '2026-12-01' }));
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['role']);
    expect(body.errors.role).toMatch(/geen rol/);
    expect(await seats()).toBe(before);
  });

  it('puts an unknown committee on the committee field with a suggestion', async () => {
    const res = await h.turn(seatForm('U0SANNE', { committee: 'SBOO', person: 'Karin Smit', role: 'adviseur', from: '2026-12-01' }));
    const body = JSON.parse(res.text) as { errors: Record<string, string> };
    expect(Object.keys(body.errors)).toEqual(['committee']);
    expect(body.errors.committee).toContain('SBO');
  });

  it('refuses a member who is not the secretary on the committee field', async () => {
    const res = await h.turn(seatForm('U0JAN', { committee: 'SBO', person: 'Karin Smit', role: 'adviseur', from: '2026-12-01' }));
    expect(JSON.parse(res.text)).toMatchObject({ response_action: 'errors', errors: { committee: expect.stringMatching(/Alleen de secretaris van het SBO/) } });
  });

  it('refuses a seat the committee\'s composition forbids, quoting the rule on the organisation field, and changes nothing', async () => {
    // 001 SBO "6 Bestuurders namens de combinaties": one seat per combination, and Combinatie Noord has Jan de Vries.
    const [before, audits] = [await seats(), await database.db.auditEntry.count()];
    const res = await h.turn(seatForm('U0SANNE', { committee: 'SBO', person: 'Piet Jansen', role: 'lid', organisation: 'Combinatie Noord', from: '2026-12-01' }));
    const body = JSON.parse(res.text) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors).toEqual({ organisation: 'Combinatie Noord heeft in het SBO al 1 zetel als lid (Jan de Vries); meer mag niet (bron: 001 SBO). Beëindig eerst die zetel.' });
    expect([await seats(), await database.db.auditEntry.count()]).toEqual([before, audits]);
    expect(res.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
  });

  it('adds the seat when the secretary submits valid fields, and tells her privately', async () => {
    const before = await seats();
    const res = await h.turn(seatForm('U0SANNE', { committee: 'SBO', person: 'Karin Smit', role: 'adviseur', from: '2026-12-01' }));
    expect(res.text).toBe('');
    expect(await seats()).toBe(before + 1);
    const told = res.calls.filter((c) => c.method === 'chat.postEphemeral');
    expect(told.map((c) => c.args.user)).toEqual(['U0SANNE']);
    expect(visibleText(told[0]!.args)).toContain('Karin Smit');
  });
});

describe('the App Home tab', () => {
  it('shows a member their seats, waiting polls and deadlines', async () => {
    const { calls } = await h.turn(homeOpened('U0JAN'));
    const published = calls.find((c) => c.method === 'views.publish');
    expect(published?.args).toMatchObject({ user_id: 'U0JAN', view: { type: 'home' } });
    const text = visibleText(published!.args);
    expect(text).toContain('Mijn zetels');
    expect(text).toMatch(/SBO\*?: lid namens Combinatie Noord/);
    expect(text).toContain('Peilingen die op mijn stem wachten');
    expect(text).toContain('Mijn deadlines (te late eerst)');
    // Issue 17: an overdue duty stays however old (the KBO agenda of 8 October, due 17 September).
    expect(text).toMatch(/KBO\*?: agenda, uiterlijk 17 september 2026/);
  });

  it('tells an unlinked user how to get linked', async () => {
    const { calls } = await h.turn(homeOpened('U0NOBODY'));
    expect(visibleText(calls.find((c) => c.method === 'views.publish')!.args)).toMatch(/Ik weet nog niet wie u bent/);
  });
});
