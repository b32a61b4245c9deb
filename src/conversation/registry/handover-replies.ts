/**
 * When a seat ends (rotation, resignation): ask the secretary who follows, unless a successor's seat is
 * already there, and ask both for a warm handover. 001 SBO and contract talks: "Bij wisseling van personen
 * wordt gezorgd voor een warme overdracht."; DOMAIN.md reads it for the KBO's rotation too.
 */
import { SOURCES } from '../../domain/decisions/sources.ts';
import { addDays, type LocalDate } from '../../domain/local-date.ts';
import type { SeatRole } from '../../domain/registry/words.ts';
import { formatDay, roleName } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { EndSeatResult } from '../../services/registry/end-seat.ts';
import type { TurnContext } from '../context.ts';
import { toPeople } from '../decisions/replies.ts';
import { text, type Reply } from '../reply.ts';

const ROLE_WORD: Readonly<Record<string, { nl: string; en: string }>> = {
  MEMBER: { nl: 'lid', en: 'member' }, ADVISER: { nl: 'adviseur', en: 'adviser' }, CHAIR: { nl: 'voorzitter', en: 'chair' },
  SECRETARY: { nl: 'secretaris', en: 'secretary' }, AGENDA_COMMITTEE: { nl: 'agendacommissie', en: 'agenda-committee' },
};

/** The successor question (to the secretary) and the handover request (to the one who leaves). */
export async function handoverReplies(ctx: TurnContext, ended: EndSeatResult, until: LocalDate): Promise<Reply[]> {
  const { lang } = ctx;
  const quote = { quote: SOURCES.SBO_WARM_HANDOVER.text, source: `${SOURCES.SBO_WARM_HANDOVER.seed} ${SOURCES.SBO_WARM_HANDOVER.where}` };
  const next = addDays(until, 1);
  const role = ROLE_WORD[ended.role]?.[lang] ?? ended.role;
  const command = lang === 'nl'
    ? `/gremium zetel toevoegen ${ended.committeeCode} <persoon> rol=${role} namens="${ended.organisationName}" van=${next}`
    : `/gremium seat add ${ended.committeeCode} <person> role=${role} for="${ended.organisationName}" from=${next}`;
  const params = (l: typeof lang) => ({
    person: ended.personName, committee: ended.committeeCode, organisation: ended.organisationName, role: roleName(l, ended.role as SeatRole),
    until: formatDay(l, until), ...quote, ...(ended.successorName ? { successor: ended.successorName } : { command }),
  });
  // The handover duty (services/registry/handover-duty.ts) exists for a seat that ends today or later.
  const duty = (l: typeof lang) => until < ctx.today ? '' : ` ${t(l, 'HANDOVER_DUTY', {
    until: formatDay(l, until), done: `/gremium ${l === 'nl' ? 'gedaan overdracht' : 'done handover'} ${ended.committeeCode} ${until}`,
    holders: ended.successorName ? `${ended.personName} ${l === 'nl' ? 'en' : 'and'} ${ended.successorName}` : ended.personName,
  })}`;
  return [
    text(t(lang, ended.successorName ? 'HANDOVER_TO_SUCCESSOR' : 'HANDOVER_WHO_FOLLOWS', params(lang)) + duty(lang)),
    ...(ended.personId !== ctx.asker.personId ? await toPeople(ctx.services, [ended.personId], (l) => t(l, 'HANDOVER_TO_LEAVER', params(l)) + duty(l)) : []),
  ];
}
