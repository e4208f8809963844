// Finds a workspace folder's corpus from the `factcheck.corpus` globs: walks only the folders a glob can
// reach, matches files with minimatch, and reads them with a size limit so a stray dump cannot stall it.
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { Minimatch, escape } from 'minimatch';
import { errorCode, readFailure } from '../engine/sources/corpusFiles';

export class CorpusGlobs {
  private readonly matchers: Minimatch[];
  /** Absolute folders the walk starts from: each glob's leading non-magic segments. */
  readonly roots: string[];
  /** The globs in use: all of them, less those refused for leaving the folder. */
  readonly accepted: readonly string[];
  /** Globs that reach outside the folder (absolute, or `..` out of it) while that is not allowed. */
  readonly refused: readonly string[];
  /** Globs minimatch cannot compile. */
  readonly invalid: readonly string[];

  constructor(
    readonly folderPath: string,
    readonly globs: readonly string[],
    /** Whether globs, and links in the corpus, may lead outside the folder (a user-level setting). */
    readonly allowOutside = false,
  ) {
    const base = toPosix(resolve(folderPath));
    const accepted: string[] = [];
    const refused: string[] = [];
    const invalid: string[] = [];
    this.matchers = [];
    for (const glob of globs) {
      const absolute = isAbsolute(glob) ? toPosix(glob) : `${escape(base)}/${glob.replace(/^\.\//, '')}`;
      let matcher: Minimatch;
      try {
        // A workspace's settings are not trusted: `{1..1000}{1..1000}` would take seconds to expand and leave
        // a million patterns to walk and match. No real corpus needs more than a few alternatives.
        if (braceAlternatives(glob) > MAX_ALTERNATIVES) throw new Error('too many alternatives');
        matcher = new Minimatch(absolute, { dot: false, nocomment: true, nonegate: true });
      } catch {
        invalid.push(glob); // minimatch also refuses patterns over 64 KB
        continue;
      }
      // The walk starts at each alternative's literal prefix and only descends from there, so a glob stays
      // in the folder when every prefix does (`..` below a wildcard can never match a listed path).
      if (allowOutside || matcher.set.every((parts) => isInside(resolve(folderPath), resolve(staticPrefix(parts))))) {
        accepted.push(glob);
        this.matchers.push(matcher);
      } else {
        refused.push(glob);
      }
    }
    this.accepted = accepted;
    this.refused = refused;
    this.invalid = invalid;
    this.roots = [...new Set(this.matchers.flatMap((m) => m.set.map(staticPrefix)))];
  }

  /** Whether a path, once links are resolved, may be read: inside the folder, or outside it is allowed. */
  async mayRead(path: string): Promise<boolean> {
    if (this.allowOutside) return true;
    const [real, folder] = await Promise.all([realpath(path), realpath(this.folderPath).catch(() => resolve(this.folderPath))]);
    return isInside(folder, real);
  }

  /** Whether an absolute file path is one of the corpus files. */
  matches(path: string): boolean {
    const p = toPosix(resolve(path));
    return this.matchers.some((m) => m.match(p));
  }

  /** Whether a folder can hold corpus files, so the walk can skip the rest of the workspace. */
  mayContain(dir: string): boolean {
    const p = toPosix(resolve(dir));
    return this.matchers.some((m) => m.match(p, true));
  }

  displayPath(path: string): string {
    const rel = relative(this.folderPath, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return path;
    return rel.split(sep).join('/');
  }
}

export interface CorpusListing {
  files: string[];
  /** Folders that could not be read, with why. */
  problems: Array<{ path: string; reason: string }>;
}

/** The corpus files, sorted, never following a symlink cycle; node_modules and dot-folders are skipped. */
export async function listCorpus(globs: CorpusGlobs): Promise<CorpusListing> {
  const files = new Set<string>();
  const problems: CorpusListing['problems'] = [];
  const visited = new Set<string>();

  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      const real = await realpath(dir);
      if (visited.has(real)) return;
      visited.add(real);
      if (!(await globs.mayRead(dir))) {
        problems.push({ path: dir, reason: OUTSIDE_REASON });
        return;
      }
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      // A glob's root that does not exist is the ordinary "no corpus here", not a problem.
      if (errorCode(error) !== 'ENOENT') problems.push({ path: dir, reason: readFailure(error) });
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
          if (isFile && globs.matches(path) && !(await globs.mayRead(path))) {
            problems.push({ path, reason: OUTSIDE_REASON });
            continue;
          }
        } catch (error) {
          // A link loop or a dangling link where a source should be: say so rather than drop it silently.
          if (globs.matches(path)) problems.push({ path, reason: readFailure(error) });
          continue;
        }
      }
      if (isDir && globs.mayContain(path)) await walk(path);
      else if (isFile && globs.matches(path)) files.add(path);
    }
  }

  for (const root of globs.roots) {
    const info = await stat(root).catch(() => undefined);
    if (info?.isFile()) {
      if (!globs.matches(root)) continue;
      if (await globs.mayRead(root).catch(() => false)) files.add(root);
      else problems.push({ path: root, reason: OUTSIDE_REASON });
    } else if (info?.isDirectory()) {
      await walk(root);
    }
  }
  return { files: [...files].sort(), problems };
}

const MAX_ALTERNATIVES = 1000;

/** How many patterns brace expansion makes of `glob`, at most (nested groups are simply multiplied). */
function braceAlternatives(glob: string): number {
  let total = 1;
  let rest = glob;
  for (let group = /\{([^{}]*)\}/.exec(rest); group; group = /\{([^{}]*)\}/.exec(rest)) {
    const range = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.-?\d+)?$/.exec(group[1]!);
    const end = (bound: string) => (/\d/.test(bound) ? Number(bound) : bound.charCodeAt(0));
    const count = range ? Math.abs(end(range[2]!) - end(range[1]!)) + 1 : group[1]!.split(',').length;
    total *= Math.max(1, count);
    if (total > MAX_ALTERNATIVES) return total;
    rest = rest.slice(0, group.index) + 'x' + rest.slice(group.index + group[0].length);
  }
  return total;
}

/** Why a source behind a link (or a corpus folder that is a link) out of the workspace folder is not read. */
export const OUTSIDE_REASON = 'outside the workspace folder (set factcheck.allowCorpusOutsideWorkspace in your user settings to read it)';

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function staticPrefix(segments: Minimatch['set'][number]): string {
  // minimatch's parsed set holds strings for literal segments and RegExps (or GLOBSTAR) for magic ones.
  const first = segments;
  const literal: string[] = [];
  for (const part of first) {
    if (typeof part !== 'string') break;
    literal.push(part);
  }
  // The last literal segment may be a file name; walking from its folder covers both cases.
  const prefix = literal.length === first.length ? literal.slice(0, -1) : literal;
  const joined = prefix.join('/');
  return fromPosix(joined === '' ? '/' : joined);
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function fromPosix(path: string): string {
  return sep === '/' ? path : path.split(posix.sep).join(sep);
}
