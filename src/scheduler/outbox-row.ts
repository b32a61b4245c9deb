/**
 * One outbox row as the reminder jobs build it, in a file of its own: the deadline reminders
 * (create-due-reminders.ts) and the poll reminders (poll-reminders.ts) both produce rows, and
 * neither should import the other for the type.
 */

/** One outbox row to insert; `key` is unique, so inserting it twice creates it once. */
export type OutboxRow = { key: string; platform: string; channel: string; payload: object; dueAt: Date };
