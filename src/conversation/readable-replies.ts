/**
 * Every text of a turn's replies with committees named as people say them (committee-words.ts:
 * "de Stuurgroep gemeenten", not "het STUURGROEP"), applied once where every reply passes (handle()).
 */
import { nameKey } from '../domain/names.ts';
import type { Catalog } from '../services/registry/registry-catalog.ts';
import { readableCommittees } from './committee-words.ts';
import type { Reply } from './reply.ts';

/** The replies with their texts made readable; buttons' commands are left exactly as they are. */
export function readableReplies(replies: readonly Reply[], catalog: Catalog): Reply[] {
  const byCode = (code: string) => catalog.index.committees.get(nameKey(code))?.find((c) => c.code === code);
  const fix = (s: string) => readableCommittees(s, byCode);
  return replies.map((r): Reply => {
    switch (r.kind) {
      case 'text':
        return { ...r, text: fix(r.text) };
      case 'error':
        return { ...r, text: fix(r.text) };
      case 'card':
        return {
          ...r,
          title: fix(r.title),
          ...(r.subtitle !== undefined ? { subtitle: fix(r.subtitle) } : {}),
          ...(r.lines ? { lines: r.lines.map(fix) } : {}),
          ...(r.fields ? { fields: r.fields.map((f) => ({ label: fix(f.label), value: fix(f.value) })) } : {}),
          ...(r.footer !== undefined ? { footer: fix(r.footer) } : {}),
        };
    }
  });
}
