/**
 * Issue 16, escalation in segment 1 (seed 001) and one table (seed 004):
 * - 001 ORO, Taken: "Lukt het ook binnen het ORO niet om overeenstemming te bereiken dan heeft het SBO
 *   de escalerende rol." Contractmanagement: "dan vindt escalatie plaats via het ORO en eventueel het
 *   SBO." Working group -> ORO -> SBO along each committee's "Escaleert naar".
 * - 001 SBO, Randvoorwaarden: "Indien er sprake is van tussentijds toetreden wordt dat geagendeerd voor
 *   het BSO ..."
 * - 004 2.4.1: "Besluitvorming gebeurt op één tafel, oftewel er vindt maar één keer, op één plek, een
 *   besluit plaats over een onderwerp."
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';
import { sayAndClick } from '../support/confirm-click.ts';

let database: TestDatabase;
const clock = new Date('2026-11-25T10:00:00Z');
const deps = () => createServiceDeps({ db: database.db, now: () => clock, caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
});
afterAll(async () => database?.close());

/** Sends as the person; a sentence's confirmation is clicked (test/support/confirm-click.ts). */
async function say(person: string, text: string): Promise<string> {
  const send = (line: string) => handle(deps(), { sender: { personId: demoId.person(person) }, text: line });
  return renderReplies(await sayAndClick(send, () => database.db.auditEntry.count(), text));
}
const items = (code: string) => database.db.agendaItem.findMany({ where: { committee: { code } }, orderBy: { addedAt: 'asc' } });

describe('escalation in segment 1 (001): working group -> ORO -> SBO', () => {
  it('the contract talks cannot agree: the subject goes on the ORO\'s agenda', async () => {
    const out = await say('karin-smit', '/gremium escaleren CM-NOORD frictiekosten 2027');
    expect(out).toContain('Het Contractmanagement Combinatie Noord komt er niet uit: "frictiekosten 2027" staat nu op de agenda van het ORO.');
    expect((await items('ORO')).map((i) => i.subject)).toEqual(['frictiekosten 2027']);
  });

  it('"het ORO komt er niet uit over X" puts X on the SBO\'s agenda, quoting the memo, with the SBO\'s next meeting', async () => {
    const out = await say('fleur-wouters', 'het ORO komt er niet uit over frictiekosten 2027');
    expect(out).toContain('Het ORO komt er niet uit: "frictiekosten 2027" staat nu op de agenda van het SBO. De volgende vergadering is op');
    expect(out).toContain('"Lukt het ook binnen het ORO niet om overeenstemming te bereiken dan heeft het SBO de escalerende rol." (001 ORO, Taken)');
    const [item] = await items('SBO');
    expect(item).toMatchObject({ subject: 'frictiekosten 2027', reason: 'ESCALATION', fromId: demoId.committee('ORO') });
    expect(await database.db.auditEntry.count({ where: { action: 'escalation.raise' } })).toBe(2);
    expect(await say('jan-de-vries', 'wat staat er op de agenda van het SBO?')).toContain('frictiekosten 2027 (opgeschaald vanuit het ORO, 25 november 2026)');
    // Twice is once.
    expect(await say('fleur-wouters', '/gremium escalate ORO frictiekosten 2027')).toContain('"frictiekosten 2027" is already on the SBO\'s agenda.');
  });

  it('asked, or without a subject, nothing is escalated; the SBO escalates nowhere; an outsider may not', async () => {
    const before = await database.db.agendaItem.count();
    expect(await say('fleur-wouters', 'het ORO komt er niet uit, waar escaleren we naar?')).toContain('SBO');
    expect(await say('fleur-wouters', 'Het ORO komt er niet uit')).toContain('Waarover komt het ORO er niet uit?');
    expect(await say('jan-de-vries', '/gremium escaleren SBO wachttijden')).toContain('Het SBO escaleert nergens naartoe');
    expect(await say('lotte-mulder', '/gremium escaleren ORO wachttijden')).toContain('Alleen een partij van het ORO');
    expect(await database.db.agendaItem.count()).toBe(before);
  });

  it('an interim accession goes on the SBO\'s agenda (001 SBO)', async () => {
    const out = await say('sanne-bakker', 'Zorggroep Zuid treedt tussentijds toe tot het SBO');
    expect(out).toContain('De tussentijdse toetreding van Zorggroep Zuid BV staat op de agenda van het SBO');
    expect(out).toContain('"Indien er sprake is van tussentijds toetreden wordt dat geagendeerd voor het BSO');
    expect(await say('sanne-bakker', "what's on the SBO agenda?")).toContain('Interim accession: Zorggroep Zuid BV (25 November 2026)');
  });
});

describe('one subject, one table (004 2.4.1)', () => {
  it('a question voted on in the DOSD and then in the BOSD opens, with a warning quoting the rule', async () => {
    const first = await say('yasmina-ouali', '/gremium peiling openen DOSD vraag="Inzet capaciteit jeugdteams 2027" sluit=10-12-2026');
    expect(first).not.toContain('Let op');
    const second = await say('lotte-mulder', '/gremium peiling openen BOSD vraag="Inzet capaciteit jeugdteams 2027?" sluit=10-12-2026');
    expect(second).toContain('Let op: over deze vraag is op 25 november 2026 al gestemd in het DOSD. "Besluitvorming gebeurt op één tafel');
    expect(await database.db.poll.count()).toBe(2);
    // Segment 1 (001) has no such rule: no warning there.
    await say('sanne-bakker', '/gremium peiling openen ORO vraag="Inzet capaciteit jeugdteams 2027" sluit=10-12-2026');
    expect(await say('sanne-bakker', '/gremium peiling openen SBO vraag="Inzet capaciteit jeugdteams 2027" sluit=10-12-2026')).not.toContain('Let op');
  });
});
