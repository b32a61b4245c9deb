/**
 * The command line's help and flags as a newcomer meets them: `gremium --help` names every
 * subcommand; `gremium <subcommand> --help` prints its usage in Dutch or English and starts nothing
 * (no database directory appears, nothing listens); a mistyped flag or subcommand is wrong usage
 * (exit 2) that names it and suggests the nearest known one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main, SUBCOMMAND_NAMES } from '../../src/app/main.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gremium-help-'));
let out = '';
let err = '';

beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('gremium --help', () => {
  it('lists every subcommand, in Dutch by default and in English with --lang en', async () => {
    expect(await main(['--help'])).toBe(0);
    const dutch = out;
    out = '';
    expect(await main(['-h', '--lang', 'en'])).toBe(0);
    expect(dutch).toMatch(/^Gebruik: gremium <opdracht>/);
    expect(out).toMatch(/^Usage: gremium <command>/);
    for (const name of SUBCOMMAND_NAMES) {
      expect(dutch).toMatch(new RegExp(`^  ${name} `, 'm'));
      expect(out).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it('gremium help <subcommand> prints that subcommand\'s usage', async () => {
    expect(await main(['help', 'scheduler', '--lang', 'en'])).toBe(0);
    expect(out).toMatch(/^Usage: gremium scheduler \[--tick <seconds>\]/);
  });
});

describe.each(SUBCOMMAND_NAMES)('gremium %s --help', (name) => {
  it('prints its usage in Dutch and exits 0 without opening a database', async () => {
    const db = path.join(dir, `${name}-nl`);
    expect(await main([name, '--help', '--db', db])).toBe(0);
    expect(out).toMatch(new RegExp(`^Gebruik:\\s+gremium ${name}\\b`));
    expect(err).toBe('');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('prints it in English with -h --lang en', async () => {
    const db = path.join(dir, `${name}-en`);
    expect(await main([name, '-h', '--lang', 'en', '--db', db])).toBe(0);
    expect(out).toMatch(new RegExp(`^Usage:\\s+gremium ${name}\\b`));
    expect(fs.existsSync(db)).toBe(false);
  });
});

describe('unknown flags and subcommands', () => {
  it('refuses an unknown flag with exit 2, naming it and the nearest known flag, before anything starts', async () => {
    const db = path.join(dir, 'serve-typo');
    expect(await main(['serve', '--dbb', db])).toBe(2);
    expect(err).toMatch(/^Onbekende optie --dbb; bedoelt u --db\?\nGebruik: gremium serve/);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('suggests a flag with two letters swapped, in English with --lang en', async () => {
    expect(await main(['slack', '--prot', '3000', '--lang', 'en'])).toBe(2);
    expect(err).toMatch(/^Unknown option --prot; did you mean --port\?/);
  });

  it('refuses a flag another subcommand has, without a far-fetched suggestion', async () => {
    expect(await main(['ics', 'BOSD', '--port', '1'])).toBe(2);
    expect(err).toMatch(/^Onbekende optie --port\nGebruik: gremium ics/);
  });

  it('refuses a flag without its value', async () => {
    expect(await main(['chat', '--as'])).toBe(2);
    expect(err).toContain("'--as <value>' argument missing");
  });

  it('suggests the nearest subcommand for a mistyped one', async () => {
    expect(await main(['sreve', '--lang', 'en'])).toBe(2);
    expect(err).toMatch(/^Unknown command: sreve; did you mean serve\?\nUsage: gremium <command>/);
  });
});
