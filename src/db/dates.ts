/** Converts between Prisma's @db.Date values (JS Date at UTC midnight) and domain LocalDate strings. */
import type { LocalDate } from '../domain/local-date.ts';

/** A @db.Date column value as a LocalDate. */
export function toLocalDate(value: Date): LocalDate {
  return value.toISOString().slice(0, 10);
}

/** A nullable @db.Date column value as a LocalDate or null. */
export function toLocalDateOrNull(value: Date | null): LocalDate | null {
  return value === null ? null : toLocalDate(value);
}

/** A LocalDate as the value Prisma writes to a @db.Date column. */
export function fromLocalDate(day: LocalDate): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
