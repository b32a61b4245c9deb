/**
 * A source check that the platform adapters hold no command grammar (issue 11, point 5): no string,
 * template or regular-expression literal under src/platforms spells a verb of the grammar, writes a
 * `/gremium <verb>` line or a `key=` option, or makes or reads a card key ("poll:"). Commands come
 * from the conversation (buttons, refresh commands, forms); the adapters pass them through.
 * Pure over source text, so test/adapter-grammar.test.ts can feed it synthetic offenders too.
 */
import ts from 'typescript';
import type { SourceFile } from './boundaries.ts';

/** The grammar's words: every verb spelling (one or two words) and help word, and every option key. */
export interface GrammarVocabulary {
  readonly spellings: readonly string[];
  readonly optionKeys: readonly string[];
  /** The Dutch key of each option (its first): a literal that is just one of these is grammar too. */
  readonly dutchKeys: readonly string[];
}

/** One literal that carries grammar. */
export interface GrammarFinding {
  readonly file: string;
  readonly line: number;
  readonly literal: string;
  readonly rule: string;
}

/** Every string, template and regular-expression literal of a file, with its line. */
export function literalsOf(file: SourceFile): { text: string; line: number }[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    const isLiteral =
      ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isRegularExpressionLiteral(node);
    // Import specifiers are paths, not texts.
    if (isLiteral && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) {
      out.push({ text: (node as ts.LiteralLikeNode).text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What one literal breaks, if anything. */
function rulesBroken(literal: string, vocabulary: GrammarVocabulary): string[] {
  const text = literal.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  const broken: string[] = [];
  if (/\/gremium\s+\p{L}/u.test(text)) broken.push('writes a command line (/gremium <verb>)');
  const spelled = vocabulary.spellings.find((s) => text.trim() === s || (s.includes(' ') && new RegExp(`(^|[^\\p{L}])${escape(s)}($|[^\\p{L}])`, 'u').test(text)));
  if (spelled) broken.push(`spells the verb "${spelled}"`);
  const key = vocabulary.optionKeys.find((k) => new RegExp(`(^|[^\\p{L}])${escape(k)}=`, 'u').test(text));
  if (key) broken.push(`writes the option key "${key}="`);
  if (vocabulary.dutchKeys.includes(text.trim())) broken.push(`spells the option key "${text.trim()}"`);
  if (text.includes('poll:')) broken.push('makes or reads a card key ("poll:")');
  return broken;
}

/** The literals under src/platforms that carry grammar. */
export function grammarInPlatforms(files: readonly SourceFile[], vocabulary: GrammarVocabulary): GrammarFinding[] {
  const findings: GrammarFinding[] = [];
  for (const file of files) {
    if (!file.path.startsWith('src/platforms/')) continue;
    for (const { text, line } of literalsOf(file)) {
      for (const rule of rulesBroken(text, vocabulary)) findings.push({ file: file.path, line, literal: text, rule });
    }
  }
  return findings;
}

/** One line per finding, for a failure message. */
export function formatFindings(findings: readonly GrammarFinding[]): string {
  return findings.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.literal)}: ${f.rule}`).join('\n');
}
