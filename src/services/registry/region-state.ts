/**
 * The registry read as the region workbook's records (domain/region/records.ts): what the import
 * plans against and the export writes. One read per table.
 */
import { toLocalDate, toLocalDateOrNull } from '../../db/dates.ts';
import type { Composition } from '../../domain/region/rule-cells.ts';
import type { Article, ChairFrom, VotePer } from '../../domain/region/words.ts';
import type { RegistryState } from '../../domain/region/records.ts';
import type { DeadlinePolicy } from '../../domain/registry/words.ts';
import { amsterdamTime } from '../../domain/schedule/clock.ts';
import type { Db } from '../../db/database.ts';
import type { Tx } from '../deps.ts';

/** Reads the whole registry; committees in the order they were created, then by code. */
export async function loadRegistryState(db: Db | Tx): Promise<RegistryState> {
  const organisations = await db.organisation.findMany({ include: { members: { select: { id: true } } }, orderBy: [{ createdAt: 'asc' }, { name: 'asc' }] });
  const committees = await db.committee.findMany({ orderBy: [{ createdAt: 'asc' }, { code: 'asc' }] });
  const people = await db.person.findMany({ orderBy: [{ createdAt: 'asc' }, { name: 'asc' }] });
  const seats = await db.seat.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const mandates = await db.mandate.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const meetings = await db.meeting.findMany({ select: { committeeId: true, day: true, originalDay: true, startsAt: true, kind: true, status: true } });
  return {
    organisations: organisations.map((o) => ({
      id: o.id, name: o.name, kind: o.kind, aliases: o.aliases, region: o.region, penvoerderId: o.penvoerderId, memberIds: o.members.map((m) => m.id),
    })),
    committees: committees.map((c) => ({
      id: c.id, code: c.code, name: c.name, article: (c.article as Article | null) ?? null, aliases: c.aliases, partnership: c.partnership,
      purpose: c.purpose, decisionRule: c.decisionRule, votePer: c.votePer as VotePer, substituteRule: c.substituteRule,
      mandateRequired: c.mandateRequired, substituteRequired: c.substituteRequired, seatsPerParty: c.seatsPerParty, composition: (c.composition ?? {}) as Composition,
      ownOrganisationOnly: c.ownOrganisationOnly, chairFrom: (c.chairFrom as ChairFrom | null) ?? null, rhythmRule: c.rhythmRule, rhythmNote: c.rhythmNote,
      seriesStart: toLocalDateOrNull(c.seriesStart), meetingTime: c.meetingTime, meetingMinutes: c.meetingMinutes,
      deadlinePolicy: (c.deadlinePolicy ?? {}) as DeadlinePolicy, escalatesToId: c.escalatesToId, language: c.language === 'en' ? 'en' : 'nl',
      secretBallot: c.secretBallot, sourceRef: c.sourceRef,
    })),
    people: people.map((p) => ({
      id: p.id, name: p.name, email: p.email, organisationId: p.organisationId, language: p.language === 'nl' || p.language === 'en' ? p.language : null, isAdmin: p.isAdmin,
    })),
    seats: seats.map((s) => ({
      id: s.id, committeeId: s.committeeId, personId: s.personId, onBehalfOfId: s.onBehalfOfId, role: s.role,
      from: toLocalDate(s.startsOn), until: toLocalDateOrNull(s.endsOn), substituteId: s.substituteId,
    })),
    mandates: mandates.map((m) => ({
      id: m.id, personId: m.personId, organisationId: m.organisationId, from: toLocalDate(m.startsOn), until: toLocalDateOrNull(m.endsOn),
      scope: m.scope, revokedAt: m.revokedAt?.toISOString() ?? null, revokedById: m.revokedById,
    })),
    meetings: meetings.map((m) => ({
      committeeId: m.committeeId, day: toLocalDate(m.originalDay ?? m.day), time: amsterdamTime(m.startsAt),
      kind: m.kind === 'MOVED' || m.kind === 'EXTRA' ? m.kind : 'REGULAR', scheduled: m.status !== 'CANCELLED',
    })),
  };
}
