/**
 * A small registry for service tests, independent of the demo data: one committee with a
 * secretary, a member for a combination, a colleague with and one without a mandate, an outsider.
 */
import type { Db } from '../../src/db/database.ts';

/** Ids of the fixture's rows. */
export interface RegistryFixture {
  committeeId: string;
  otherCommitteeId: string;
  combinationId: string;
  providerId: string;
  municipalityId: string;
  secretaryId: string;
  memberId: string;
  colleagueId: string;
  outsiderId: string;
  adminId: string;
  memberSeatId: string;
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Creates the fixture (no audit entries: it stands for data that was already there). */
export async function createRegistryFixture(db: Db): Promise<RegistryFixture> {
  const provider = await db.organisation.create({ data: { name: 'Jeugdzorg Noord BV', kind: 'PROVIDER' } });
  const combination = await db.organisation.create({
    data: { name: 'Combinatie Noord', aliases: ['Combination North'], kind: 'COMBINATION', penvoerderId: provider.id, members: { connect: [{ id: provider.id }] } },
  });
  const municipality = await db.organisation.create({ data: { name: 'Gemeente Zwolle', aliases: ['Zwolle'], kind: 'MUNICIPALITY' } });
  const committee = await db.committee.create({
    data: { code: 'SBO', name: 'Strategisch Bestuurlijk Overleg', aliases: ['Strategic Board'], partnership: 'Segment 1', decisionRule: 'CONSENSUS', substituteRule: 'SAME_ORGANISATION_WITH_MANDATE', rhythmNote: '2-4x per jaar', sourceRef: '001' },
  });
  const other = await db.committee.create({
    data: { code: 'ORO', name: 'Operationeel Regie Overleg', partnership: 'Segment 1', decisionRule: 'MAJORITY', substituteRule: 'SAME_ORGANISATION', rhythmNote: 'maandelijks', sourceRef: '001' },
  });
  const person = (name: string, email: string, organisationId: string | null, isAdmin = false) =>
    db.person.create({ data: { name, email, organisationId, isAdmin } });
  const secretary = await person('Sanne Bakker', 'sanne@regio.example', null);
  const member = await person('Jan de Vries', 'jan@noord.example', provider.id);
  const colleague = await person('Piet Jansen', 'piet@noord.example', provider.id);
  const outsider = await person('Olga Buiten', 'olga@elders.example', null);
  const admin = await person('Beheerder', 'beheer@gremium.example', null, true);
  await db.seat.create({ data: { committeeId: committee.id, personId: secretary.id, onBehalfOfId: municipality.id, role: 'SECRETARY', startsOn: day('2024-01-01') } });
  const seat = await db.seat.create({ data: { committeeId: committee.id, personId: member.id, onBehalfOfId: combination.id, role: 'MEMBER', startsOn: day('2024-01-01') } });
  await db.mandate.create({ data: { personId: member.id, organisationId: combination.id, startsOn: day('2024-01-01'), endsOn: day('2027-12-31'), scope: 'bestuurlijk' } });
  return {
    committeeId: committee.id, otherCommitteeId: other.id, combinationId: combination.id, providerId: provider.id, municipalityId: municipality.id,
    secretaryId: secretary.id, memberId: member.id, colleagueId: colleague.id, outsiderId: outsider.id, adminId: admin.id, memberSeatId: seat.id,
  };
}
