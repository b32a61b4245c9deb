/** A poll's short name (issue 15, point 4): written as "SBO-7", read back as people type it. */
import { describe, expect, it } from 'vitest';
import { parsePollRef, pollRef } from '../../../src/domain/decisions/poll-ref.ts';

describe('poll short names', () => {
  it('writes the committee code and the number', () => {
    expect(pollRef('SBO', 7)).toBe('SBO-7');
    expect(pollRef('CM-NOORD', 12)).toBe('CM-NOORD-12');
    expect(pollRef('SBO', null, 'cabc')).toBe('cabc');
  });

  it.each([
    ['SBO-7', 'SBO', 7], ['sbo-7', 'sbo', 7], ['SBO 7', 'SBO', 7], ['SBO7', 'SBO', 7], [' ORO - 12 ', 'ORO', 12], ['CM-NOORD-3', 'CM-NOORD', 3],
  ])('reads %j', (typed, code, number) => {
    expect(parsePollRef(typed)).toEqual({ code, number });
  });

  it.each(['7', 'SBO', '', '-7', 'SBO-'])('is no short name: %j', (typed) => {
    expect(parsePollRef(typed)).toBeNull();
  });
});
