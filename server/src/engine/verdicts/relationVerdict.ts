// A real name in the wrong relation: "Lulzim Hetemi, the mayor of Zubin Potok" where the sources make
// him mayor of Leposavic, "Josep Borrell, the secretary of state" where they give that office to Antony
// Blinken. The existing role check (nameVerdict's roleJudgement) compares a title before a name with
// the vocabulary's exact role keys; this one reads whole offices (title, rank, qualifying names, "of
// Leposavic") from the draft sentence and from the evidence the verdict already has: the draft sentence's
// BM25 pool, and only before contradicting, the person's own sentences that write the title. Relations
// are read from untagged text and the index's names, so no more sentences are tagged.
//
// It contradicts only when the sources state the relation another way and nowhere state the draft's:
// a false error on a right name costs a writer more than a missed one.
import type { NameMention } from '../claims/names';
import { isDemonym, TITLES } from '../claims/names';
import type { CorpusIndex } from '../index/corpusIndex';
import { preferredForm, type NameEntry } from '../index/nameVocabulary';
import { LruCache } from '../lruCache';
import { citeLine, evidenceOf, oncePerDraft, quote, uniqueEvidence, type ClaimContext, type Judgement } from './judgement';
import { closeSpelling } from './nameVerdict';
import { PLACE_OR_BODY_HEADS, resolve } from './nameResolve';
import { placeAliases } from './placeAliases';
import { roleRelations, type RoleRelation } from './relations';

// Last words of a name that make it a body or a place rather than a person.
const NOT_PERSON_WORDS = new Set([
  'list', 'movement', 'alliance', 'mission', 'community', 'forces', 'media', 'agency', 'district', 'municipality',
  'region', 'province', 'valley', 'organization', 'organisation', 'government', 'nations', 'ministry',
]);

/** How many of the person's sentences that write the title are read for the draft's relation, at most. */
const OWN_SENTENCES = 200;
/** How many of the pool's sentences that write the title are read, best first. */
const POOL_SENTENCES = 40;
/** Source sentences whose relations are kept between checks. */
const CACHED_SENTENCES = 20_000;

function containsRun(outer: string[], inner: string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((t, j) => outer[i + j] === t)) return true;
  return false;
}

/**
 * Whether a mention can name a person: two to four words, none the head of a place or a body, no
 * acronym; one word only as the surname of a full name the corpus uses ("Kurti").
 */
export function isPersonName(m: NameMention, index: CorpusIndex): boolean {
  if (m.demonym || /^[\p{Lu}\d.&]+$/u.test(m.text) || placeAliases(m.key).length > 0) return false;
  const tokens = m.key.split(' ');
  const bodyWord = (t: string) => PLACE_OR_BODY_HEADS.has(t) || PLACE_OR_BODY_HEADS.has(t.replace(/s$/, '')) || NOT_PERSON_WORDS.has(t);
  if (tokens.some((t) => bodyWord(t) || t === 'of' || t === 'and') || isDemonym(tokens[tokens.length - 1]) || isDemonym(tokens[0])) return false;
  if (tokens.length >= 2) return tokens.length <= 4;
  return (
    index.names.containing(tokens).some((e) => e.tokens.length >= 2 && e.tokens.length <= 4 && e.tokens[e.tokens.length - 1] === tokens[0] && !e.tokens.some(bodyWord)) ||
    titledInSources(tokens[0]!, index)
  );
}

/** Source sentences read for a title before a one-word name. */
const TITLED_SENTENCES = 8;
// Kept with the entry, and read again when sources naming it come or go.
const titled = new WeakMap<NameEntry, { sentences: number; known: boolean }>();

/**
 * "despotic President Putin", "Mr Peskov": a one-word name the sources write after a person's title is
 * a person's, though they never give a first name. Read from the few sentences naming it, once per entry.
 */
function titledInSources(key: string, index: CorpusIndex): boolean {
  const entry = index.names.get(key);
  if (!entry) return false;
  const cached = titled.get(entry);
  if (cached?.sentences === entry.sentenceIds.size) return cached.known;
  let known = false;
  {
    let read = 0;
    for (const id of entry.sentenceIds) {
      if (read++ >= TITLED_SENTENCES) break;
      for (const m of index.namesIn(id)) {
        if (m.key !== key) continue;
        const text = index.cited(id)?.text ?? '';
        const word = text.slice(Math.max(0, m.start - 16), m.start).match(/([\p{L}.]+)\s+$/u)?.[1]?.toLowerCase().replace(/\.$/, '');
        if (word && TITLES.has(word)) known = true;
      }
      if (known) break;
    }
    titled.set(entry, { sentences: entry.sentenceIds.size, known });
  }
  return known;
}

/** Surname-tolerant: "Kurti" and "Albin Kurti" are one person, "Luke Wells" and "Liam Wells" are not. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const ta = a.split(' ');
  const tb = b.split(' ');
  return (ta.length === 1 || tb.length === 1) && ta[ta.length - 1] === tb[tb.length - 1];
}

/** One place or body in two spellings: aliases, "Mitrovica" in "North Mitrovica", "Leposavic"/"Leposaviq". */
export function samePlace(a: NameMention, b: NameMention): boolean {
  if (a.key === b.key || placeAliases(a.key).includes(b.key)) return true;
  const ta = a.key.split(' ');
  const tb = b.key.split(' ');
  return containsRun(ta, tb) || containsRun(tb, ta) || closeSpelling(a.key, b.key);
}

const places = (ms: NameMention[]) => ms.filter((m) => !m.demonym && !isDemonym(m.key));

/** Both name a place for the office and no place matches: "of Zubin Potok" / "of Leposavic". */
function placesDiffer(a: NameMention[], b: NameMention[]): boolean {
  const pa = places(a);
  const pb = places(b);
  return pa.length > 0 && pb.length > 0 && !pa.some((x) => pb.some((y) => samePlace(x, y)));
}

function sameOffice(a: RoleRelation, b: RoleRelation): boolean {
  return a.head === b.head && a.rank.join(' ') === b.rank.join(' ');
}

/** Both qualify the office and no qualifier matches, nationality words included: "Kosovo" / "Serbian". */
function qualifiersDiffer(a: NameMention[], b: NameMention[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => samePlace(x, y)));
}

/** The source relation is compatible with the draft's office: "mayor" fits "mayor of Leposavic". */
function fits(draft: RoleRelation, source: RoleRelation): boolean {
  return sameOffice(draft, source) && !qualifiersDiffer(draft.after, source.after) && !qualifiersDiffer(draft.before, source.before);
}

/** The source relation states all of the draft's office: its words and every name qualifying it. */
function statesAll(draft: RoleRelation, source: RoleRelation): boolean {
  if (!sameOffice(draft, source) || !draft.words.every((w) => source.words.includes(w))) return false;
  const qualifiers = [...source.before, ...source.after];
  return [...draft.before, ...draft.after].every((q) => qualifiers.some((s) => samePlace(q, s)));
}

/**
 * The source gives exactly the draft's office to its person: the same title and words, every name the
 * draft qualifies it with, and no "of" place the draft leaves open ("the Albanian mayor" is one of many,
 * "the Albanian mayor of Leposavic" is one).
 */
function holdsSameOffice(draft: RoleRelation, source: RoleRelation): boolean {
  if (draft.words.join(' ') !== source.words.join(' ') || !statesAll(draft, source)) return false;
  const draftQualifiers = [...draft.before, ...draft.after];
  return places(source.after).every((s) => draftQualifiers.some((q) => samePlace(q, s)));
}

interface Found extends RoleRelation {
  id: number;
}

const sourceRelations = new WeakMap<CorpusIndex, { version: number; byId: LruCache<number, RoleRelation[]> }>();

/** Forgets the relations read from an index's sentences (a benchmark's cold check, or freeing memory). */
export function forgetRelations(index: CorpusIndex): void {
  sourceRelations.delete(index);
}

const relationsInDraft = oncePerDraft((ctx): RoleRelation[] => roleRelations(ctx.draft.text, ctx.draft.names, (m) => isPersonName(m, ctx.index)));

function relationsInSource(id: number, index: CorpusIndex): RoleRelation[] {
  let kept = sourceRelations.get(index);
  if (!kept || kept.version !== index.version) {
    kept = { version: index.version, byId: new LruCache(CACHED_SENTENCES) };
    sourceRelations.set(index, kept);
  }
  let found = kept.byId.get(id);
  if (!found) {
    const text = index.cited(id)?.text ?? '';
    found = roleRelations(text, index.namesIn(id), (m) => isPersonName(m, index));
    kept.byId.set(id, found);
  }
  return found;
}

function found(ids: Iterable<number>, ctx: ClaimContext): Found[] {
  const out: Found[] = [];
  for (const id of ids) for (const r of relationsInSource(id, ctx.index)) out.push({ ...r, id });
  return out;
}

/**
 * Relations with the draft's office in the draft sentence's BM25 pool (best first): where a holder or
 * another place would be found. Kept per draft relation, which its person and its place both ask about.
 */
const poolRelations = new WeakMap<RoleRelation, Found[]>();

function inPool(draft: RoleRelation, ctx: ClaimContext): Found[] {
  let kept = poolRelations.get(draft);
  if (!kept) {
    const title = new RegExp(`\\b${draft.head}`, 'i');
    const ids: number[] = [];
    for (const id of ctx.pool.keys()) {
      if (ids.length >= POOL_SENTENCES) break;
      if (title.test(ctx.index.cited(id)?.text ?? '')) ids.push(id);
    }
    kept = found(ids, ctx);
    poolRelations.set(draft, kept);
  }
  return kept;
}

/**
 * Whether any sentence naming the person states the draft's relation: read only once the pool suggests
 * a contradiction, as a person can be named in thousands of sentences.
 */
function statedAnywhere(draft: RoleRelation, own: NameEntry[], ctx: ClaimContext, states: (draft: RoleRelation, source: RoleRelation) => boolean): boolean {
  const title = new RegExp(`\\b${draft.head}`, 'i');
  let read = 0;
  for (const e of own) {
    for (const id of e.sentenceIds) {
      if (read >= OWN_SENTENCES) return false;
      if (!title.test(ctx.index.cited(id)?.text ?? '')) continue;
      read++;
      if (relationsInSource(id, ctx.index).some((r) => isOwn(r, draft.person.key, own) && states(draft, r))) return true;
    }
  }
  return false;
}

/** An office the sources give the person, as written, for the message: "EU foreign policy chief". */
function ownOffice(key: string, own: NameEntry[], ctx: ClaimContext): Found | undefined {
  const ids = own.flatMap((e) => [...e.sentenceIds].filter((id) => ctx.pool.has(id)));
  return found(ids.sort((a, b) => ctx.pool.get(b)! - ctx.pool.get(a)! || a - b), ctx).find((r) => isOwn(r, key, own));
}

/** The fullest form the corpus writes a person's name in: "Albin Kurti" for "Kurti". */
export function fullName(key: string, ctx: ClaimContext): string {
  const tokens = key.split(' ');
  const last = tokens[tokens.length - 1];
  const entries = [...resolve(key, ctx), ...ctx.index.names.containing(tokens)].filter((e) => e.tokens[e.tokens.length - 1] === last);
  if (entries.length === 0) return key;
  return preferredForm(entries.reduce((a, b) => (b.tokens.length > a.tokens.length || (b.tokens.length === a.tokens.length && b.sentenceIds.size > a.sentenceIds.size) ? b : a)));
}

function isOwn(source: RoleRelation, draftKey: string, own: NameEntry[]): boolean {
  return sameName(source.person.key, draftKey) || own.some((e) => sameName(source.person.key, e.key));
}

function cite(found: Found, ctx: ClaimContext, focus: string): string {
  const s = ctx.index.cited(found.id);
  return s ? ` ("${quote(s.text, focus)}", ${citeLine(s)})` : '';
}

/**
 * The one other person the sources give exactly the draft's office, when the sources nowhere give it to
 * the draft's person. A less specific office of their own ("Spokesman" for "the Kremlin spokesman")
 * does not save the draft's person once the specific one is someone else's, as in roleJudgement.
 */
function otherHolder(personKey: string, draft: RoleRelation, ctx: ClaimContext): Found | undefined {
  // A bare title ("the president") names no one office.
  if (draft.before.length + draft.after.length + draft.words.length === 0) return undefined;
  const own = resolve(personKey, ctx);
  const pool = inPool(draft, ctx);
  if (pool.some((r) => isOwn(r, personKey, own) && statesAll(draft, r))) return undefined;
  const holders = pool.filter((r) => !isOwn(r, personKey, own) && holdsSameOffice(draft, r));
  if (holders.length === 0) return undefined;
  // Two people holding it (an office held in turn, or shared) leave the draft's person possible.
  if (holders.some((h) => !sameName(h.person.key, holders[0].person.key))) return undefined;
  // A holder the draft names elsewhere in the sentence is more likely a misread list than a swap.
  if (ctx.draft.names.some((n) => n.start !== draft.person.start && sameName(n.key, holders[0].person.key))) return undefined;
  if (statedAnywhere(draft, own, ctx, statesAll)) return undefined;
  return holders[0];
}

/** "Josep Borrell, the secretary of state": the sources give that office to another person. */
function anotherHolder(claim: NameMention, draft: RoleRelation, ctx: ClaimContext): Judgement | undefined {
  const holder = otherHolder(claim.key, draft, ctx);
  if (!holder) return undefined;
  const own = resolve(claim.key, ctx);
  const suggestion = fullName(holder.person.key, ctx);
  const mine = ownOffice(claim.key, own, ctx);
  const ownRole = mine?.text ?? own.map((e) => [...e.roleTexts.values()][0]).find(Boolean);
  const ownSentence = mine ? ctx.index.cited(mine.id) : undefined;
  const holderSentence = ctx.index.cited(holder.id)!;
  return {
    verdict: 'contradicted',
    code: 'contradicted-name',
    message: `sources name ${suggestion} as ${holder.text}` + (ownRole ? `, and ${claim.text} as ${ownRole}` : '') + cite(holder, ctx, holder.person.text),
    suggestion,
    evidence: uniqueEvidence([evidenceOf(holderSentence, holder.person.text), ...(ownSentence && mine ? [evidenceOf(ownSentence, mine.person.text)] : [])]),
  };
}

/** "Lulzim Hetemi, the mayor of Zubin Potok": the sources give the person that office in another place. */
function anotherPlace(claim: NameMention, draft: RoleRelation, ctx: ClaimContext): Judgement | undefined {
  const slot = draft.after.some((q) => q.start === claim.start) ? 'after' : 'before';
  if (places(draft[slot]).length === 0 || isDemonym(claim.key)) return undefined;
  const own = resolve(draft.person.key, ctx);
  const mine = inPool(draft, ctx).filter((r) => isOwn(r, draft.person.key, own));
  if (mine.some((r) => fits(draft, r))) return undefined;
  const elsewhere = mine.filter((r) => sameOffice(draft, r) && placesDiffer(draft[slot], r[slot]));
  if (elsewhere.length === 0 || statedAnywhere(draft, own, ctx, fits)) return undefined;
  // Someone else holds the draft's office: the person is the error, and the person check says so.
  if (otherHolder(draft.person.key, draft, ctx)) return undefined;
  // The spelling of the relation written most like the draft's ("mayor of", not "mayor in").
  const best = elsewhere.find((r) => r.preposition === draft.preposition) ?? elsewhere[0];
  const place = places(best[slot])[0];
  const person = fullName(draft.person.key, ctx);
  return {
    verdict: 'contradicted',
    code: 'contradicted-name',
    message: `sources name ${person} as ${best.text}` + cite(best, ctx, place.text),
    suggestion: place.text,
    evidence: uniqueEvidence(elsewhere.map((r) => evidenceOf(ctx.index.cited(r.id)!, places(r[slot])[0].text))),
  };
}

// A sentence opening on a place: "In Zubin Potok, …", "At the town of Leposavic, …".
const FRAME_BEFORE = /^\s*(?:in|at)\s+(?:the\s+(?:town|city|village|municipality|district|region)\s+of\s+)?$/i;
const ROW_HEAD_AFTER = /^[*_]*\s*:\s/;
/** How many sentences naming the framing place are read for its own office ("the mayors of … X"). */
const PLACE_SENTENCES = 200;

/**
 * "In Zubin Potok, soldiers guard the town hall where Mayor Lulzim Hetemi has worked": a sentence that
 * opens on a place and, in the same clause with no other place between, names a person by a bare title
 * ("Mayor") makes the person that office's holder there. Read as "Lulzim Hetemi, mayor in Zubin Potok".
 */
const framedRelation = oncePerDraft((ctx): RoleRelation | undefined => {
  const { text, names } = ctx.draft;
  // Or a line headed by the place before a colon, as a table row's first cell heads the row: "Zubin Potok :
  // Mayor Lulzim Hetemi has been inside the town hall since 0530".
  const place = names.find((n) => (FRAME_BEFORE.test(text.slice(0, n.start)) && /^\s*,/.test(text.slice(n.end))) || (/^[\s*_]*$/.test(text.slice(0, n.start)) && ROW_HEAD_AFTER.test(text.slice(n.end))));
  if (!place || place.demonym) return undefined;
  const opened = place.end + (ROW_HEAD_AFTER.exec(text.slice(place.end))?.[0].length ?? 0);
  for (const r of relationsInDraft(ctx)) {
    if (r.person.start <= place.end || r.before.length + r.after.length > 0 || r.rank.length > 0) continue;
    const between = text.slice(opened, r.person.start);
    if (/[;:.!?]/.test(between)) continue;
    if (names.some((n) => n.start > place.end && n.end <= r.person.start && !isPersonName(n, ctx.index))) continue;
    return { ...r, after: [place], text: `${r.text} in ${place.text}` };
  }
  return undefined;
});

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether the sources give the place that office of its own, held by anyone or by no one named: "the
 * mayors of Zvečan and Zubin Potok", "the mayor of Zubin Potok", "Zubin Potok's mayor". A place that
 * has no such office ("In Brussels, Prime Minister Albin Kurti …") is where the person was, not theirs.
 */
function placeHasOffice(place: NameMention, head: string, ctx: ClaimContext): boolean {
  const office = new RegExp(`\\b${escapeRegExp(head)}s?\\s+(?:of|in|for)\\s+(?:the\\s+)?$`, 'i');
  const officeAfter = new RegExp(`^(?:['’]s)?\\s+(?:\\p{Ll}+\\s+)?${escapeRegExp(head)}s?\\b`, 'iu');
  let read = 0;
  for (const e of resolve(place.key, ctx)) {
    for (const id of e.sentenceIds) {
      if (read++ >= PLACE_SENTENCES) return false;
      const text = ctx.index.cited(id)?.text ?? '';
      const mentions = ctx.index.namesIn(id);
      for (let i = 0; i < mentions.length; i++) {
        if (!samePlace(mentions[i], place)) continue;
        if (officeAfter.test(text.slice(mentions[i].end))) return true;
        // Back over a list of places to the office: "mayors of Zvečan and Zubin Potok".
        let start = mentions[i].start;
        for (let j = i - 1; j >= 0; j--) {
          if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(mentions[j].end, start))) break;
          start = mentions[j].start;
        }
        if (office.test(text.slice(Math.max(0, start - 60), start))) return true;
      }
    }
  }
  return false;
}

/** Whether a source sentence names both the person and the place: they may be there for any reason. */
function namedTogether(person: NameMention, place: NameMention, ctx: ClaimContext): boolean {
  const at = new Set(resolve(place.key, ctx).flatMap((e) => [...e.sentenceIds]));
  return resolve(person.key, ctx).some((e) => [...e.sentenceIds].some((id) => at.has(id)));
}

/**
 * "In Zubin Potok, … Mayor Lulzim Hetemi" where the sources make him mayor of Leposavic: the framing place
 * is contradicted when the sources give it that office of its own, give the person the office elsewhere,
 * and never name the two in one sentence.
 */
function framedPlace(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const framed = framedRelation(ctx);
  if (!framed || framed.after[0].start !== claim.start) return undefined;
  if (!placeHasOffice(claim, framed.head, ctx) || namedTogether(framed.person, claim, ctx)) return undefined;
  return anotherPlace(claim, framed, ctx);
}

/** A verdict on a name the draft puts in an office relation the sources contradict; undefined otherwise. */
export function relationJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const framed = framedPlace(claim, ctx);
  if (framed) return framed;
  for (const draft of relationsInDraft(ctx)) {
    if (draft.person.start === claim.start) {
      const judged = anotherHolder(claim, draft, ctx);
      if (judged) return judged;
    } else if ([...draft.before, ...draft.after].some((q) => q.start === claim.start)) {
      const judged = anotherPlace(claim, draft, ctx);
      if (judged) return judged;
    }
  }
  return undefined;
}
