/**
 * `gremium region export <file|dir>`: the whole registry as a region workbook (DOMAIN.md: "Export
 * writes the same workbook, so a round trip changes nothing"): an .xlsx with five sheets, or a
 * folder with one .csv per sheet.
 */
import type { SheetLanguage } from '../../domain/registry/membership-headers.ts';
import { writeRegionWorkbook } from '../../domain/region/write-workbook.ts';
import { err, ok, type Result } from '../../domain/result.ts';
import type { ServiceDeps } from '../deps.ts';
import type { ExportError } from './export-membership.ts';
import { writeRegionFiles } from './region-files.ts';
import { loadRegistryState } from './region-state.ts';

/** What was written: the files, and how many rows each kind has. */
export interface RegionExported {
  readonly files: readonly string[];
  readonly organisations: number;
  readonly committees: number;
  readonly seats: number;
  readonly people: number;
  readonly mandates: number;
}

/** Writes the registry to `location` (an .xlsx file, else a folder), headers and words in `lang` (Dutch by default). */
export async function exportRegion(deps: ServiceDeps, input: { readonly location: string; readonly lang?: SheetLanguage }): Promise<Result<RegionExported, ExportError>> {
  const lang = input.lang ?? 'nl';
  const state = await loadRegistryState(deps.db);
  try {
    const files = await writeRegionFiles(input.location, writeRegionWorkbook(state, lang), lang);
    return ok({
      files,
      organisations: state.organisations.length,
      committees: state.committees.length,
      seats: state.seats.length,
      people: state.people.length,
      mandates: state.mandates.length,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'EROFS' || code === 'EEXIST') {
      return err('FILE_NOT_WRITABLE', { file: input.location });
    }
    throw error;
  }
}
