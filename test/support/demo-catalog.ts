/**
 * The demo region's names as the conversation sees them (a Catalog), read from the demo workbook
 * without a database: for tests and benchmarks of understanding, which is pure.
 */
import { readRegionWorkbook } from '../../src/domain/region/read-workbook.ts';
import { DEMO_WORKBOOK, demoId, slug } from '../../src/demo/index.ts';
import { readRegionFiles } from '../../src/services/registry/region-files.ts';
import { indexByName, type Catalog } from '../../src/services/registry/registry-catalog.ts';

/** The demo workbook's committees, organisations and people, with the ids loadDemoData gives them. */
export async function demoCatalog(): Promise<Catalog> {
  const sheets = await readRegionFiles(DEMO_WORKBOOK);
  if (!sheets.ok) throw new Error(`demo workbook unreadable: ${sheets.error.code}`);
  const { workbook } = readRegionWorkbook(sheets.value);
  const committees = workbook.committees.map((c) => ({ id: demoId.committee(c.code), code: c.code, name: c.name, article: c.article, names: [c.code, c.name, ...c.aliases] }));
  const organisations = workbook.organisations.map((o) => ({ id: demoId.organisation(o.name), name: o.name, kind: o.kind, names: [o.name, ...o.aliases] }));
  const people = workbook.people.map((p) => ({ id: demoId.person(slug(p.name)), name: p.name, email: p.email, names: p.email ? [p.name, p.email] : [p.name] }));
  return {
    revision: 0n,
    committees,
    organisations,
    people,
    index: { committees: indexByName(committees), organisations: indexByName(organisations), people: indexByName(people) },
  };
}
