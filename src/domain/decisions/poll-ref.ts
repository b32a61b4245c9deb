/**
 * A poll's short name: its committee's code and its number there, "SBO-7" (issue 15: "Stem met /gremium
 * stem cmx3refxz000ruz7dnrwi5h46" is nothing anyone can say or type). Unique per committee; read back
 * case-insensitively, with a space or no dash ("sbo 7", "SBO7").
 */

/** "SBO-7"; the id when a poll has no number (none has since numbers were given out). */
export function pollRef(committeeCode: string, number: number | null, id?: string): string {
  return number === null ? (id ?? '') : `${committeeCode}-${number}`;
}

/** What a typed short name names: a committee code and a number, or null when it is no short name. */
export function parsePollRef(typed: string): { readonly code: string; readonly number: number } | null {
  const m = /^\s*(.+?)[\s-]*(\d{1,6})\s*$/u.exec(typed);
  if (!m || !/[a-z]/iu.test(m[1]!)) return null;
  return { code: m[1]!.trim(), number: Number(m[2]) };
}
