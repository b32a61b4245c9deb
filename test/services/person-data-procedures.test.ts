/**
 * The AVG export and erasure (`gremium person export | erase`) cover the procedures of issue 16:
 * the export (art. 15) lists the proposals the person submitted (002 art. 5.4: "Iedere Partij kan
 * concrete voorstellen doen"), the reactions they recorded (art. 5.6: "Partijen krijgen twee weken de
 * tijd om op de Voorlopige voorstellen te reageren") and the impasses they started (004 appendix 2);
 * the erasure (art. 17) replaces their name in proposal titles, reactions, the municipality's reasons,
 * impasse subjects and mediators and agenda items, and in the audit entries of those steps, while the
 * rows stay (the reaction still counts for its party) under the person's pseudonym.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/conversation/handle.ts';
import { demoId } from '../../src/demo/index.ts';
import { pseudonymFor } from '../../src/domain/registry/pseudonym.ts';
import { renderReplies } from '../../src/platforms/console/render.ts';
import { createServiceDeps } from '../../src/services/deps.ts';
import { erasePerson } from '../../src/services/privacy/erase-person.ts';
import { exportPerson } from '../../src/services/privacy/export-person.ts';
import { loadDemoData } from '../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../support/db.ts';

let database: TestDatabase;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });
const ADMIN = { personId: demoId.person('beheerder-gremium'), label: 'Beheerder Gremium' };
const ARJEN = demoId.person('arjen-dijkstra');
const say = async (person: string, text: string) => renderReplies(await handle(deps(), { sender: { personId: demoId.person(person) }, text }));

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  await say('arjen-dijkstra', '/gremium voorstel indienen INKOOP Tarieven 2027');
  await say('marloes-visser', '/gremium voorstel INKOOP Tarieven 2027 gepubliceerd=25-11-2026');
  await say('arjen-dijkstra', '/gremium reactie INKOOP Tarieven 2027 tekst="Arjen Dijkstra steunt het namens Weerribben"');
  // The secretary records another party's reaction that names him: hers, not his, but his name goes.
  await say('marloes-visser', '/gremium reactie INKOOP Tarieven 2027 namens="Jeugdpraktijk Steenwijk" tekst="eens met Arjen Dijkstra"');
  await say('marloes-visser', '/gremium signaal INKOOP Wachtlijsten volgens Arjen Dijkstra');
  const bosd = demoId.committee('BOSD');
  await database.db.impasseCase.create({ data: { committeeId: bosd, subject: 'vervoer', step: 'STEP4_MEETING', mediator: 'Arjen Dijkstra', startedById: ARJEN, startedAt: new Date('2026-11-20T10:00:00Z') } });
  await database.db.agendaItem.create({ data: { committeeId: bosd, subject: 'toelichting Arjen Dijkstra', reason: 'ESCALATION', addedById: demoId.person('lotte-mulder'), addedAt: new Date('2026-11-20T10:00:00Z') } });
});
afterAll(async () => database?.close());

describe('the AVG export and erasure cover proposals, reactions and impasses (issue 16)', () => {
  it('art. 15: the export lists the proposals he submitted, the reactions he recorded and the impasses he started', async () => {
    const exported = await exportPerson(deps(), { actor: ADMIN, personId: ARJEN });
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    expect(exported.value.proposals).toEqual([expect.objectContaining({ committee: 'INKOOP', number: 1, kind: 'PROPOSAL', title: 'Tarieven 2027', stage: 'PROVISIONAL', onBehalfOf: 'Stichting Weerribben Zorg', publishedOn: '2026-11-25' })]);
    // His own reaction; the one the secretary recorded for another party is hers.
    expect(exported.value.reactions).toEqual([expect.objectContaining({ committee: 'INKOOP', proposal: 'Tarieven 2027', party: 'Stichting Weerribben Zorg', text: 'Arjen Dijkstra steunt het namens Weerribben' })]);
    expect(exported.value.impassesStarted).toEqual([expect.objectContaining({ committee: 'BOSD', subject: 'vervoer', step: 'STEP4_MEETING' })]);
    expect(exported.value.audit.map((a) => a.action)).toEqual(expect.arrayContaining(['proposal.submit', 'proposal.react']));
    const entry = await database.db.auditEntry.findFirstOrThrow({ where: { action: 'person.export', subjectId: ARJEN }, orderBy: { id: 'desc' } });
    expect(entry.after).toMatchObject({ proposals: 1, reactions: 1 });
  });

  it('art. 17: the erasure replaces his name in titles, reactions, mediator and agenda, and in the audit; the rows and counts stay', async () => {
    await database.db.seat.updateMany({ where: { personId: ARJEN }, data: { endsOn: new Date('2026-11-24T00:00:00Z') } });
    const erased = await erasePerson(deps(), { actor: ADMIN, personId: ARJEN });
    if (!erased.ok) throw new Error(JSON.stringify(erased.error));
    const as = pseudonymFor(ARJEN).name;
    const db = database.db;
    expect((await db.proposalReaction.findMany({ orderBy: { at: 'asc' } })).map((r) => r.text)).toEqual([`${as} steunt het namens Weerribben`, `eens met ${as}`]);
    expect(await db.proposalReaction.count({ where: { personId: ARJEN } })).toBe(1);
    expect(await db.proposal.findFirstOrThrow({ where: { kind: 'SIGNAL' } })).toMatchObject({ title: `Wachtlijsten volgens ${as}` });
    expect(await db.proposal.findFirstOrThrow({ where: { number: 1 } })).toMatchObject({ title: 'Tarieven 2027', submittedById: ARJEN });
    expect(await db.impasseCase.findFirstOrThrow({ where: { subject: 'vervoer' } })).toMatchObject({ mediator: as, startedById: ARJEN });
    expect((await db.agendaItem.findFirstOrThrow({ where: { reason: 'ESCALATION' } })).subject).toBe(`toelichting ${as}`);
    // Nowhere in the audit, the steps' snapshots included.
    const audits = await db.auditEntry.findMany({ where: { action: { in: ['proposal.react', 'proposal.submit', 'signal.submit', 'proposal.register'] } } });
    expect(audits.length).toBeGreaterThan(0);
    expect(JSON.stringify(audits.map((a) => [a.actorLabel, a.before, a.after]))).not.toContain('Arjen Dijkstra');
    expect(await db.auditEntry.count({ where: { OR: [{ actorLabel: { contains: 'Arjen Dijkstra' } }] } })).toBe(0);
  });
});
