/**
 * The decisions domain: poll kinds as data, counting, who votes, substitution and attendance.
 * Pure: imports only other `src/domain` files (a boundary test checks this).
 */
export * from './sources.ts';
export * from './decision-rule-table.ts';
export * from './tally.ts';
export * from './outcome.ts';
export * from './decision-rules.ts';
export * from './eligibility.ts';
export * from './mandate-check.ts';
export * from './substitution.ts';
export * from './attendance.ts';
