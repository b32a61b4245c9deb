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

/** A committee code after an article: "het STUURGROEP", "the INKOOP" (codes are written in capitals). */
const ARTICLE_AND_CODE = /\b(het|Het|de|De|the|The) ([A-Z][A-Z0-9-]*[A-Z0-9])(?![\w-])/gu;

/**
 * A reply's text with every committee named by article and code ("het STUURGROEP", "the INKOOP") named
 * as people say it: its own article and, for a code that is no acronym, its name ("de Stuurgroep
 * gemeenten", "the Inkoopnetwerk Steenwijkerland"; issue 15). Codes without an article (commands,
 * "SBO-7") are left as they are. Dutch and English articles never stand in each other's sentences,
 * so one pass serves a reply in either language. `byCode` finds a committee by its exact code.
 */
export function readableCommittees(text: string, byCode: (code: string) => CommitteeWords | undefined): string {
  return text.replace(ARTICLE_AND_CODE, (whole, a: string, code: string) => {
    const c = byCode(code);
    if (!c) return whole;
    const english = a === 'the' || a === 'The';
    const article = english ? a : c.article === 'de' ? 'de' : 'het';
    const capital = /^[A-Z]/u.test(a) ? article[0]!.toUpperCase() + article.slice(1) : article;
    return `${capital} ${committeeLabel(c)}`;
  });
}
