// The corpus's names: every spelling it uses, the roles it gives each person, and acronyms it defines.
// fuse.js answers "did you mean" over this vocabulary (names, not sentences: it scans every entry).
import Fuse from 'fuse.js';
import type { NameMention } from '../claims/names';
import { nameKey } from '../text/fold';

export interface NameEntry {
  key: string;
  tokens: string[];
  /** Spellings as written in the sources, with counts: the most frequent is shown in suggestions. */
  forms: Map<string, number>;
  sentenceIds: Set<number>;
  roles: Map<string, number>;
  /** A role as the sources write it ("German Chancellor"), by role key. */
  roleTexts: Map<string, string>;
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

export function preferredForm(entry: NameEntry): string {
  let best = entry.key;
  let bestCount = -1;
  for (const [form, count] of entry.forms) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

export class NameVocabulary {
  private readonly entries = new Map<string, NameEntry>();
  private readonly byToken = new Map<string, Set<string>>();
  /** role key ("french president") -> name keys holding it, with counts. */
  private readonly roleHolders = new Map<string, Map<string, number>>();
  /** acronym key <-> expansion key, both directions, with counts. */
  private readonly aliases = new Map<string, Map<string, number>>();
  private fuse: Fuse<NameEntry> | undefined;

  get size(): number {
    return this.entries.size;
  }

  add(mention: NameMention, sentenceId: number): void {
    this.change(mention, sentenceId, 1);
  }

  remove(mention: NameMention, sentenceId: number): void {
    this.change(mention, sentenceId, -1);
  }

  private change(mention: NameMention, sentenceId: number, sign: 1 | -1): void {
    const { key } = mention;
    if (!key) return;
    let entry = this.entries.get(key);
    if (!entry) {
      if (sign < 0) return;
      entry = { key, tokens: key.split(' '), forms: new Map(), sentenceIds: new Set(), roles: new Map(), roleTexts: new Map() };
      this.entries.set(key, entry);
      for (const token of entry.tokens) {
        if (!this.byToken.has(token)) this.byToken.set(token, new Set());
        this.byToken.get(token)!.add(key);
      }
      this.fuse = undefined;
    }
    bump(entry.forms, mention.text, sign);
    if (sign > 0) entry.sentenceIds.add(sentenceId);
    else entry.sentenceIds.delete(sentenceId);
    if (mention.role) {
      const roleKey = mention.role.join(' ');
      bump(entry.roles, roleKey, sign);
      if (sign > 0 && mention.roleText && !entry.roleTexts.has(roleKey)) entry.roleTexts.set(roleKey, mention.roleText);
      if (!entry.roles.has(roleKey)) entry.roleTexts.delete(roleKey);
      if (!this.roleHolders.has(roleKey)) this.roleHolders.set(roleKey, new Map());
      bump(this.roleHolders.get(roleKey)!, key, sign);
    }
    if (entry.forms.size === 0) {
      this.entries.delete(key);
      for (const token of entry.tokens) this.byToken.get(token)?.delete(key);
      this.fuse = undefined;
    }
  }

  /** Records "Full Name (ACR)": the acronym and its expansion name the same thing. */
  alias(acronym: string, expansion: string, sign: 1 | -1): void {
    const a = nameKey(acronym);
    const b = nameKey(expansion);
    for (const [from, to] of [[a, b], [b, a]]) {
      if (!this.aliases.has(from)) this.aliases.set(from, new Map());
      bump(this.aliases.get(from)!, to, sign);
    }
  }

  get(key: string): NameEntry | undefined {
    return this.entries.get(key);
  }

  aliasesOf(key: string): string[] {
    return [...(this.aliases.get(key)?.keys() ?? [])];
  }

  /** Names whose tokens contain all of `tokens` as a contiguous run: "kurti" -> "albin kurti". */
  containing(tokens: string[]): NameEntry[] {
    const first = this.byToken.get(tokens[0]);
    if (!first) return [];
    const out: NameEntry[] = [];
    for (const key of first) {
      const entry = this.entries.get(key)!;
      for (let i = 0; i + tokens.length <= entry.tokens.length; i++) {
        if (tokens.every((t, j) => entry.tokens[i + j] === t)) {
          out.push(entry);
          break;
        }
      }
    }
    return out;
  }

  holdersOf(roleKey: string): string[] {
    return [...(this.roleHolders.get(roleKey)?.keys() ?? [])];
  }

  /** Close spellings of a name, best first. */
  similar(key: string, limit = 5): NameEntry[] {
    if (!this.fuse) {
      this.fuse = new Fuse([...this.entries.values()], { keys: ['key'], includeScore: true, threshold: 0.4, ignoreLocation: true });
    }
    return this.fuse.search(key, { limit }).map((r) => r.item);
  }
}
