/**
 * The layer rules of src/, as a pure checker over source text (test/boundary.test.ts feeds it the
 * real files and a synthetic offender). Every import form counts, `import type` included: a type
 * import is still a dependency of the layer.
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
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      const target = relative ? path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier)) : null;
      for (const rule of rulesBroken(file.path, specifier, target)) {
        violations.push({ file: file.path, line, specifier, rule });
      }
    }
  }
  return violations;
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
