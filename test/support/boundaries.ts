/**
 * The layer rules of src/ and the absence of import cycles, as pure checkers over source text
 * (test/boundary.test.ts feeds them the real files and synthetic offenders). Every import form
 * counts, `import type` included: a type import is still a dependency of the layer.
 *
 * src/conversation gets three more rules, read from its syntax tree: it touches no database handle
 * (no `.db`, no raw Prisma calls, nothing from src/db or a database package), takes from src/services
 * only types and `bindServices`, and its TurnContext carries services, never dependencies.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One source file, its path relative to the repository root with forward slashes. */
export interface SourceFile {
  path: string;
  text: string;
}

/** One forbidden import or use: where it is, what (the import's specifier, or the code), and which rule it breaks. */
export interface Violation {
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

/** Packages the pure domain may use. Everything else (node builtins too) stays out of src/domain. */
export const DOMAIN_PACKAGES = ['fastest-levenshtein', 'rrule', 'date-holidays', 'luxon'];

/** Every module specifier in the file (static, re-export, side-effect, dynamic, require) with its line. */
export function importsOf(text: string): { specifier: string; line: number }[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((ref) => ({
    specifier: ref.fileName,
    line: text.slice(0, ref.pos).split('\n').length,
  }));
}

/** The package a bare specifier names: `@scope/name` or `name`, without the subpath. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Packages that open or query a database: none of them belongs in src/conversation. */
export const DATABASE_PACKAGES = ['@prisma/client', '@prisma/adapter-pg', 'pg', '@electric-sql/pglite', 'pglite-prisma-adapter', 'prisma'];

const isSlack = (pkg: string) => pkg.startsWith('@slack/');
const isBotbuilder = (pkg: string) => pkg.startsWith('botbuilder');
const isPlatformPackage = (pkg: string) => isSlack(pkg) || isBotbuilder(pkg) || pkg === 'node-cron';

/** The platform folder a path lies in (`src/platforms/<name>/...`), or null. */
function platformOf(file: string): string | null {
  const match = /^src\/platforms\/([^/]+)\//.exec(file);
  return match ? (match[1] ?? null) : null;
}

/** Which rules one import breaks; `target` is the repo-relative path for relative imports. */
function rulesBroken(file: string, specifier: string, target: string | null): string[] {
  const broken: string[] = [];
  const pkg = target === null ? packageOf(specifier) : null;
  const inside = (dir: string) => target !== null && (target === dir || target.startsWith(`${dir}/`));

  if (file.startsWith('src/domain/')) {
    if (target !== null && !inside('src/domain')) broken.push('src/domain imports only src/domain');
    if (pkg !== null && !DOMAIN_PACKAGES.includes(pkg)) {
      broken.push(`src/domain uses no packages but ${DOMAIN_PACKAGES.join(', ')}`);
    }
  }
  if (file.startsWith('src/conversation/')) {
    if (inside('src/platforms') || (pkg !== null && isPlatformPackage(pkg))) {
      broken.push('src/conversation imports no platform (src/platforms, @slack/*, botbuilder*, node-cron)');
    }
    if (inside('src/db') || inside('prisma') || (pkg !== null && DATABASE_PACKAGES.includes(pkg))) {
      broken.push(NO_DATABASE);
    }
  }
  if (!file.startsWith('src/app/') && inside('src/app')) {
    broken.push('only src/app imports src/app (it is the composition root: it wires, nothing depends on it)');
  }
  if (file.startsWith('src/scheduler/') && inside('src/platforms')) {
    broken.push('src/scheduler imports no platform (it receives its posters from src/app)');
  }
  if (file.startsWith('src/services/')) {
    if (inside('src/platforms') || inside('src/conversation') || (pkg !== null && (isSlack(pkg) || isBotbuilder(pkg)))) {
      broken.push('src/services imports no platform or conversation code (src/platforms, src/conversation, @slack/*, botbuilder*)');
    }
  }
  const platform = platformOf(file);
  if (platform !== null) {
    const other = target === null ? null : platformOf(target);
    if (other !== null && other !== platform) broken.push(`src/platforms/${platform} imports no other platform`);
  }
  if (file.startsWith('src/platforms/') && (inside('src/db/client.ts') || inside('prisma/generated'))) {
    broken.push('src/platforms uses the database through services, not the Prisma client (src/db/client.ts)');
  }
  if (pkg !== null && isBotbuilder(pkg) && platform !== 'teams') broken.push('botbuilder only under src/platforms/teams');
  if (pkg !== null && isSlack(pkg) && platform !== 'slack') broken.push('@slack/* only under src/platforms/slack');
  return broken;
}

const NO_DATABASE = 'src/conversation uses no database handle: it reads and writes through services (ctx.services)';
const SERVICES_TYPES_ONLY = 'src/conversation takes from src/services only types and bindServices (src/services/index.ts)';
const CONTEXT_WITHOUT_DEPS = 'TurnContext carries services, never the dependencies or a database handle';

/** Property names that reach a database: the handle itself and Prisma's raw entry points. */
const DATABASE_MEMBERS = new Set(['db', '$transaction', '$queryRaw', '$queryRawUnsafe', '$executeRaw', '$executeRawUnsafe']);
/** Type names a TurnContext member must not mention: they carry the database. */
const DEPENDENCY_TYPES = /\b(ServiceDeps|HandleDeps|Db|Tx|Database|PrismaClient)\b/;

/** The repo-relative path a relative specifier points at, or null for a package. */
/**
 * The conversation's own rules, from its syntax tree: what it takes from src/services, whether it
 * reaches for a database handle, and what its TurnContext holds.
 */
export function conversationViolations(file: SourceFile): Violation[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
  const violations: Violation[] = [];
  const report = (node: ts.Node, specifier: string, rule: string) =>
    violations.push({ file: file.path, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, specifier, rule });
  const intoServices = (specifier: string) => {
    const target = resolveRelative(file.path, specifier);
    return target !== null && (target === 'src/services' || target.startsWith('src/services/'));
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && intoServices(node.moduleSpecifier.text)) {
      const specifier = node.moduleSpecifier.text;
      const clause = node.importClause;
      const target = resolveRelative(file.path, specifier);
      if (!clause) report(node, specifier, SERVICES_TYPES_ONLY);
      else if (!clause.isTypeOnly) {
        const bindings = clause.namedBindings;
        const values = [
          ...(clause.name ? [clause.name.text] : []),
          ...(bindings && ts.isNamespaceImport(bindings) ? [`* as ${bindings.name.text}`] : []),
          ...(bindings && ts.isNamedImports(bindings) ? bindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text) : []),
        ];
        const allowed = target === 'src/services/index.ts' ? ['bindServices'] : [];
        for (const value of values.filter((v) => !allowed.includes(v))) report(node, `${value} from ${specifier}`, SERVICES_TYPES_ONLY);
      }
    }
    if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && intoServices(node.moduleSpecifier.text)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : null;
      if (!named || named.some((e) => !e.isTypeOnly)) report(node, node.moduleSpecifier.text, SERVICES_TYPES_ONLY);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument) && intoServices(argument.text)) report(node, argument.text, SERVICES_TYPES_ONLY);
    }
    if (ts.isPropertyAccessExpression(node) && DATABASE_MEMBERS.has(node.name.text)) report(node, node.getText(source), NO_DATABASE);
    if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && DATABASE_MEMBERS.has(node.argumentExpression.text)) {
      report(node, node.getText(source), NO_DATABASE);
    }
    if (ts.isBindingElement(node)) {
      const name = node.propertyName ?? node.name;
      if ((ts.isIdentifier(name) || ts.isStringLiteral(name)) && DATABASE_MEMBERS.has(name.text)) report(node, node.getText(source), NO_DATABASE);
    }
    if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name.text === 'TurnContext') {
      for (const violation of contextViolations(node, source)) report(violation.node, violation.text, CONTEXT_WITHOUT_DEPS);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return violations;
}

/** TurnContext members named `deps` or `db`, or typed with something that carries the database. */
function contextViolations(declaration: ts.InterfaceDeclaration | ts.TypeAliasDeclaration, source: ts.SourceFile): { node: ts.Node; text: string }[] {
  const found: { node: ts.Node; text: string }[] = [];
  // An alias may be any type expression: judge all of its text. An interface: each member, and what it extends.
  if (ts.isTypeAliasDeclaration(declaration)) {
    const text = declaration.type.getText(source);
    if (DEPENDENCY_TYPES.test(text) || /\b(deps|db)\s*\??\s*:/.test(text)) found.push({ node: declaration, text });
    return found;
  }
  for (const heritage of declaration.heritageClauses ?? []) {
    if (DEPENDENCY_TYPES.test(heritage.getText(source))) found.push({ node: heritage, text: heritage.getText(source) });
  }
  for (const member of declaration.members) {
    const name = member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : '';
    if (name === 'deps' || name === 'db' || DEPENDENCY_TYPES.test(member.getText(source))) found.push({ node: member, text: member.getText(source) });
  }
  return found;
}

/** Checks the files against the layer rules. */
export function checkBoundaries(files: SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    if (file.path.startsWith('src/conversation/')) violations.push(...conversationViolations(file));
    for (const { specifier, line } of importsOf(file.text)) {
      const target = resolveRelative(file.path, specifier);
      for (const rule of rulesBroken(file.path, specifier, target)) {
        violations.push({ file: file.path, line, specifier, rule });
      }
    }
  }
  return violations;
}

/** The repo-relative path a relative specifier of `file` names; null for a package. */
function resolveRelative(file: string, specifier: string): string | null {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
}

/**
 * Every import cycle among the files, one per strongly connected component of the import graph
 * (type imports and dynamic imports count, as above), each as the path that goes round it and
 * back to its first file. A cycle means neither file can be understood, loaded or tested first.
 */
export function findCycles(files: SourceFile[]): string[][] {
  const known = new Set(files.map((f) => f.path));
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsOf(file.text)
      .map(({ specifier }) => resolveRelative(file.path, specifier))
      .filter((t): t is string => t !== null && known.has(t));
    edges.set(file.path, [...new Set(targets)].sort());
  }
  return stronglyConnected(edges)
    .filter((group) => group.length > 1 || (edges.get(group[0]!) ?? []).includes(group[0]!))
    .map((group) => cycleThrough(group, edges));
}

/** Tarjan's algorithm: the strongly connected components of the graph, each sorted. */
function stronglyConnected(edges: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      groups.push(group.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return groups;
}

/** A shortest path from the group's first file round to itself, inside the group. */
function cycleThrough(group: string[], edges: Map<string, string[]>): string[] {
  const start = group[0]!;
  const members = new Set(group);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of edges.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...group, start];
}

/** Every .ts file under `root`/src, as SourceFiles with repo-relative paths. */
export function readSourceFiles(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(rel);
      } else if (/\.(c|m)?tsx?$/.test(entry.name)) {
        out.push({ path: rel, text: fs.readFileSync(path.join(root, rel), 'utf8') });
      }
    }
  };
  walk('src');
  return out;
}

/** One line per violation, for a failure message. */
export function formatViolations(violations: Violation[]): string {
  return violations.map((v) => `${v.file}:${v.line} '${v.specifier}' breaks: ${v.rule}`).join('\n');
}
