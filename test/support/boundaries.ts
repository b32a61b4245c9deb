/**
 * The layer rules of src/ and the absence of import cycles, as pure checkers over source text
 * (test/boundary.test.ts feeds them the real files and synthetic offenders). Every import form
 * counts, `import type` included: a type import is still a dependency of the layer.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One source file, its path relative to the repository root with forward slashes. */
export interface SourceFile {
  path: string;
  text: string;
}

/** One forbidden import: where it is and which rule it breaks. */
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

/** Checks the files against the layer rules. */
export function checkBoundaries(files: SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
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
  return violations.map((v) => `${v.file}:${v.line} imports '${v.specifier}': ${v.rule}`).join('\n');
}
