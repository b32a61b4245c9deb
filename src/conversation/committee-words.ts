/**
 * A committee as it reads in a sentence: by its code when that is an acronym people say ("het SBO",
 * "de BOSD"), else by its name ("de Stuurgroep gemeenten", not "het STUURGROEP"), with the Dutch
 * article the region's workbook gives it.
 */
import type { Language } from '../i18n/catalog.ts';

/** What a committee label needs. */
export interface CommitteeWords {
  readonly code: string;
  readonly name: string;
  readonly article?: string | null;
}

/** "SBO", "BOSD", "CM Noord" is not an acronym: "Contractmanagement Combinatie Noord". */
export function committeeLabel(c: CommitteeWords): string {
  return /^[A-Z]{2,5}$/u.test(c.code) ? c.code : c.name;
}

/** "het SBO", "de Stuurgroep gemeenten" in Dutch; "the SBO", "the Stuurgroep gemeenten" in English. */
export function theCommittee(lang: Language, c: CommitteeWords): string {
  const article = lang === 'nl' ? (c.article === 'de' || c.article === 'het' ? c.article : 'het') : 'the';
  return `${article} ${committeeLabel(c)}`;
}
