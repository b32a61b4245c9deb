/**
 * docs/permissions.md says what the permission table does: its generated part is the table rendered
 * (test/support/permissions-doc.ts), and the README links to it. `WRITE_DOCS=1` rewrites the part.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BEGIN, END, renderPermissionsDoc } from '../support/permissions-doc.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGE = path.join(ROOT, 'docs', 'permissions.md');

describe('docs/permissions.md', () => {
  it('shows the permission table as the code has it', () => {
    const page = fs.readFileSync(PAGE, 'utf8');
    const start = page.indexOf(BEGIN);
    const end = page.indexOf(END);
    expect(start, 'the page has the generated part').toBeGreaterThanOrEqual(0);
    const generated = renderPermissionsDoc();
    if (process.env.WRITE_DOCS) {
      fs.writeFileSync(PAGE, page.slice(0, start) + generated + page.slice(end + END.length));
      return;
    }
    expect(page.slice(start, end + END.length)).toBe(generated);
  });

  it('is linked from the README', () => {
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('(docs/permissions.md)');
  });
});
