/**
 * The contract every chat adapter passes (console, Slack, Teams): the same questions and commands,
 * sent through the adapter's own front door, give the answers a user would read. A driver sends one
 * message as a demo person (by name) and resolves to the texts that person would see.
 * Call inside a test file whose database holds the demo data.
 */
import { describe, expect, it } from 'vitest';

/** How a contract test talks to one adapter. */
export interface ContractDriver {
  /** Sends `text` as the demo person named `asPerson`; the visible reply texts, in order. */
  send(text: string, asPerson: string): Promise<string[]>;
}

/** Registers the contract's checks for the adapter named `name`. */
export function adapterContract(name: string, driver: () => ContractDriver): void {
  const ask = async (text: string, who = 'Jan de Vries') => (await driver().send(text, who)).join('\n');

  describe(`${name} adapter contract`, () => {
    it('answers who represents Combinatie Noord in the SBO with Jan de Vries', async () => {
      const out = await ask('wie vertegenwoordigt Combinatie Noord in het SBO?');
      expect(out).toContain('Combinatie Noord in het SBO');
      expect(out).toContain('Jan de Vries');
    });

    it('answers an English question in English', async () => {
      const out = await ask('who represents Combination North at the SBO?');
      expect(out).toContain('Combinatie Noord at the SBO');
      expect(out).toContain('Jan de Vries');
      expect(out).not.toContain('in het SBO');
    });

    it('offers the closest name for a misspelt one', async () => {
      expect(await ask('wie vertegenwoordigt Combinatie Noort in het SBO?')).toMatch(/Bedoelt u "Combinatie Noord"/);
    });

    it('refuses a secretary command from a member, changing nothing', async () => {
      const out = await ask('/gremium zetel toevoegen SBO "Karin Smit" rol=adviseur van=2026-12-01', 'Jan de Vries');
      expect(out).toMatch(/Alleen de secretaris van het SBO/);
    });

    // Issue 13: a NUL byte gave "something went wrong" (PostgreSQL refuses it), and any length was stored.
    it('refuses a control character in a poll question, naming where it is', async () => {
      const out = await ask('/gremium peiling openen ORO vraag="Akkoord\u0000?" sluit=8-12-2026', 'Sanne Bakker');
      expect(out).toMatch(/De vraag bevat op positie 8 een onzichtbaar stuurteken \(U\+0000\)/);
      expect(out).not.toMatch(/Er ging iets mis/);
    });

    it('refuses a poll question over the limit, naming the limit and its length', async () => {
      const out = await ask(`/gremium peiling openen ORO vraag="${'Akkoord? '.repeat(250)}" sluit=8-12-2026`, 'Sanne Bakker');
      expect(out).toMatch(/De vraag is 2\.249 tekens lang; er passen er hoogstens 1\.000 in/);
      expect(out).not.toMatch(/Peiling geopend/);
    });

    it('lists the commands on help', async () => {
      const out = await ask('/gremium help');
      expect(out).toContain('/gremium lijst');
      expect(out).toContain('/gremium zetel toevoegen');
      expect(out).toContain('/gremium peiling openen');
    });
  });
}
