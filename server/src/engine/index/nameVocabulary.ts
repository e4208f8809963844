// The corpus's names: every spelling it uses, the roles it gives each person, and acronyms it defines.
// fuse.js answers "did you mean" over this vocabulary. It scans every entry it is given, so entries are
// kept in buckets by first letter and word count (a misspelling keeps both) and fuse.js searches one.
import Fuse from 'fuse.js';
import type { NameMention } from '../claims/names';
import { initialsOf } from '../claims/spelledOutAcronyms';
import { editDistance, nameKey } from '../text/fold';

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

/**
 * The entry's spelling nearest the writer's: "Aleksandar Vučić" for a draft's "Aleksander Vučić" where
 * the sources mostly write "Vucic", so a fix keeps the writer's diacritics. The most used on a tie.
 */
export function formNearest(entry: NameEntry, written: string): string {
  let best = preferredForm(entry);
  let bestDistance = editDistance(best, written);
  for (const form of entry.forms.keys()) {
    const distance = editDistance(form, written, bestDistance);
    if (distance < bestDistance) {
      best = form;
      bestDistance = distance;
    }
  }
  return best;
}

function bucketOf(spelling: string): string {
  return `${spelling[0]}:${spelling.split(' ').length}`;
}

/**
 * The vocabulary as plain data, every map in its own order (which decides "the first holder of a role",
 * "the preferred form" and the order of "did you mean"), so a loaded vocabulary answers exactly as the
 * saved one. Sentence ids go in one column: there is one per name mention.
 */
export interface VocabularyData {
  entries: Array<[key: string, forms: Array<[string, number]>, roles: Array<[string, number]>, roleTexts: Array<[string, string]>, mentions: number]>;
  byToken: Array<[string, string[]]>;
  roleHolders: Array<[string, Array<[string, number]>]>;
  aliases: Array<[string, Array<[string, number]>]>;
  buckets: Array<[string, Array<[string, string[]]>]>;
}

export class NameVocabulary {
  private readonly entries = new Map<string, NameEntry>();
  private readonly byToken = new Map<string, Set<string>>();
  /** role key ("french president") -> name keys holding it, with counts. */
  private readonly roleHolders = new Map<string, Map<string, number>>();
  /** acronym key <-> expansion key, both directions, with counts. */
  private readonly aliases = new Map<string, Map<string, number>>();
  /** bucket ("s:2") -> spelling -> the entry keys it stands for; a spelling is a key or one of its words. */
  private readonly buckets = new Map<string, Map<string, Set<string>>>();
  /** initials ("kla") -> keys of the names of two words or more they spell ("kosovo liberation army"). */
  private readonly byInitials = new Map<string, Set<string>>();
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly similarCache = new Map<string, NameEntry[]>();

  get size(): number {
    return this.entries.size;
  }

  toData(): { data: VocabularyData; sentenceIds: Int32Array } {
    const ids: number[] = [];
    const entries: VocabularyData['entries'] = [];
    for (const e of this.entries.values()) {
      for (const id of e.sentenceIds) ids.push(id);
      entries.push([e.key, [...e.forms], [...e.roles], [...e.roleTexts], e.sentenceIds.size]);
    }
    const data: VocabularyData = {
      entries,
      byToken: [...this.byToken].map(([token, keys]) => [token, [...keys]]),
      roleHolders: [...this.roleHolders].map(([role, holders]) => [role, [...holders]]),
      aliases: [...this.aliases].map(([key, others]) => [key, [...others]]),
      buckets: [...this.buckets].map(([bucket, texts]) => [bucket, [...texts].map(([text, keys]) => [text, [...keys]])]),
    };
    return { data, sentenceIds: Int32Array.from(ids) };
  }

  static fromData(data: VocabularyData, sentenceIds: Int32Array): NameVocabulary {
    const vocabulary = new NameVocabulary();
    let at = 0;
    for (const [key, forms, roles, roleTexts, mentions] of data.entries) {
      if (at + mentions > sentenceIds.length) throw new Error('name vocabulary ids do not agree');
      vocabulary.entries.set(key, {
        key,
        tokens: key.split(' '),
        forms: new Map(forms),
        sentenceIds: new Set(sentenceIds.subarray(at, at + mentions)),
        roles: new Map(roles),
        roleTexts: new Map(roleTexts),
      });
      at += mentions;
      vocabulary.initials(vocabulary.entries.get(key)!, 1);
    }
    for (const [token, keys] of data.byToken) vocabulary.byToken.set(token, new Set(keys));
    for (const [role, holders] of data.roleHolders) vocabulary.roleHolders.set(role, new Map(holders));
    for (const [key, others] of data.aliases) vocabulary.aliases.set(key, new Map(others));
    for (const [bucket, texts] of data.buckets) vocabulary.buckets.set(bucket, new Map(texts.map(([text, keys]) => [text, new Set(keys)])));
    return vocabulary;
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
      this.spellings(entry, 1);
      this.initials(entry, 1);
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
      this.spellings(entry, -1);
      this.initials(entry, -1);
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

  /** Every "Full Name (ACR)" the sources define, as [acronym key, expansion key]. */
  acronyms(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const [key, others] of this.aliases) if (!key.includes(' ')) for (const other of others.keys()) if (other.includes(' ')) out.push([key, other]);
    return out;
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

  /** Holders of the more specific forms of a role: "kosovo prime minister" for "prime minister". */
  holdersOfNarrower(roleKey: string): string[] {
    const out = new Set<string>();
    const suffix = ` ${roleKey}`;
    for (const [role, holders] of this.roleHolders) if (role.endsWith(suffix)) for (const key of holders.keys()) out.add(key);
    return [...out];
  }

  /** Names of two words or more whose initials spell `initials` ("kla" -> "kosovo liberation army"). */
  spelledBy(initials: string): NameEntry[] {
    return [...(this.byInitials.get(initials) ?? [])].map((key) => this.entries.get(key)!);
  }

  // Derived from the entries, so a saved vocabulary rebuilds it rather than storing it.
  private initials(entry: NameEntry, sign: 1 | -1): void {
    const initials = initialsOf(entry.key);
    if (initials.length < 2) return;
    if (!this.byInitials.has(initials)) this.byInitials.set(initials, new Set());
    const keys = this.byInitials.get(initials)!;
    if (sign > 0) keys.add(entry.key);
    else keys.delete(entry.key);
    if (keys.size === 0) this.byInitials.delete(initials);
  }

  private spellings(entry: NameEntry, sign: 1 | -1): void {
    const spellings = entry.tokens.length > 1 ? [entry.key, ...entry.tokens] : [entry.key];
    for (const spelling of spellings) {
      const bucket = bucketOf(spelling);
      if (!this.buckets.has(bucket)) this.buckets.set(bucket, new Map());
      const texts = this.buckets.get(bucket)!;
      if (!texts.has(spelling)) texts.set(spelling, new Set());
      if (sign > 0) texts.get(spelling)!.add(entry.key);
      else texts.get(spelling)!.delete(entry.key);
      if (texts.get(spelling)!.size === 0) texts.delete(spelling);
      this.fuses.delete(bucket);
    }
    this.similarCache.clear();
  }

  /** Close spellings of a name, or of one word of a longer name, best first. */
  similar(key: string, limit = 5): NameEntry[] {
    const cached = this.similarCache.get(key);
    if (cached) return cached;
    const bucket = bucketOf(key);
    const texts = this.buckets.get(bucket);
    let found: NameEntry[] = [];
    if (texts) {
      let fuse = this.fuses.get(bucket);
      if (!fuse) {
        fuse = new Fuse([...texts.keys()], { includeScore: true, threshold: 0.4, ignoreLocation: true });
        this.fuses.set(bucket, fuse);
      }
      const keys = new Set<string>();
      for (const r of fuse.search(key, { limit })) for (const k of texts.get(r.item) ?? []) keys.add(k);
      found = [...keys].map((k) => this.entries.get(k)!).filter(Boolean);
    }
    this.similarCache.set(key, found);
    return found;
  }
}
