/**
 * "Wie rouleert er dit jaar?" / "who rotates next year in the KBO?": per committee, who leaves and who
 * joins in the year, and what the rotation rule warns of (000 KBO, Spelregels 6, rotation.ts).
 */
import type { Rotation, RotationSeat } from '../../domain/registry/rotation.ts';
import { formatDay } from '../../i18n/format.ts';
import type { Language } from '../../i18n/catalog.ts';
import { t } from '../../i18n/index.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { card, text, type Reply } from '../reply.ts';
import { resolveCommittee } from '../resolve.ts';

const kindWord = (lang: Language, s: RotationSeat) => t(lang, s.organisationKind === 'MUNICIPALITY' ? 'ROTATION_ALDERMAN' : 'ROTATION_DIRECTOR');

/** The card of one committee's year. */
function rotationCard(lang: Language, r: Rotation & { committeeCode: string }): Reply {
  const seat = (s: RotationSeat, day: string | null) => t(lang, 'ROTATION_SEAT_LINE', { person: s.personName, organisation: s.organisationName, kind: kindWord(lang, s), day: day ? formatDay(lang, day) : '' });
  const lines = [
    ...(r.leaving.length ? [t(lang, 'ROTATION_LEAVING'), ...r.leaving.map((s) => seat(s, s.until))] : []),
    ...(r.joining.length ? [t(lang, 'ROTATION_JOINING'), ...r.joining.map((s) => seat(s, s.from))] : []),
    ...r.warnings.map((w) => t(lang, `ROTATION_${w.code}`, { count: String(w.count), ...(w.day ? { day: formatDay(lang, w.day) } : {}), quote: w.source.text, source: `${w.source.seed} ${w.source.where}` })),
  ];
  if (lines.length === 0) lines.push(t(lang, 'ROTATION_NONE'));
  return card({ title: t(lang, 'ROTATION_TITLE', { committee: r.committeeCode, year: String(r.year) }), lines });
}

/** Answers for the named committee, or for every committee with a rotation rule when none is named. */
export async function rotationAnswer(ctx: TurnContext, committee: string | null, year: number): Promise<Reply[]> {
  const { lang } = ctx;
  let ids: string[];
  if (committee) {
    const found = resolveCommittee(ctx.catalog, committee, lang);
    if (!found.ok) return [errorReply(lang, found.error)];
    ids = [found.value.id];
  } else {
    ids = await ctx.services.rotatingCommittees();
  }
  if (ids.length === 0) return [text(t(lang, 'ROTATION_NO_RULE'))];
  const replies: Reply[] = [];
  for (const id of ids) replies.push(rotationCard(lang, await ctx.services.findRotation({ committeeId: id, year })));
  return replies;
}
