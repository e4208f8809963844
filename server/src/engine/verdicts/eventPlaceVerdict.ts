// Where it happened: "the European Political Community summit in Slovakia" where the best-matching
// source sentence holds that summit in Moldova; "leaders would meet in Bratislava" where the sources put
// the meeting in Chisinau; "Kurti said in Berlin" where they have him speak in Bratislava. Reads the
// draft sentence's few best BM25 matches as untagged text with the index's names.
//
// Only a place right after "in" or "at" next to an event word is checked, against the same event word in
// a source sentence that ranks near the top for the draft sentence; and never when any sentence of the
// pool puts that event in the draft's place.
import type { NameMention } from '../claims/names';
import { citeLine, evidenceOf, oncePerDraft, quote, type ClaimContext, type Judgement } from './judgement';
import { fullName, isPersonName, sameName, samePlace } from './relationVerdict';
import { closeSpelling } from './nameVerdict';
import { wordsOf } from './relations';

/** Source sentences compared: the best few, down to a third of the best one's relevance, with their neighbours. */
const RANKED = 5;
const MIN_RELEVANCE = 0.3;
/** For a speech whose speaker is not named, only the very best matches (and their settings) tie it. */
const ANONYMOUS_RANKED = 2;
/** Words allowed between the event word and "in": "summit in", "meet the leaders of Serbia and Kosovo in". */
const GAP_WORDS = 7;
/** The same for a speech word: "Speaking on arrival at a European Political Community summit in". */
const SPEECH_GAP_WORDS = 10;

// Event words by the event they name. Protests and gatherings are left out: a story has them in many places.
const EVENTS: Record<string, string> = {
  summit: 'summit', summits: 'summit',
  meeting: 'meeting', meetings: 'meeting', meet: 'meeting', meets: 'meeting', met: 'meeting',
  forum: 'forum', conference: 'conference', talks: 'talks',
  said: 'speech', says: 'speech', told: 'speech', speaking: 'speech', spoke: 'speech', speech: 'speech',
  briefed: 'speech', briefing: 'speech', briefs: 'speech',
  announced: 'speech', announces: 'speech', announcing: 'speech',
  confirmed: 'speech', confirms: 'speech', confirming: 'speech',
};
// "In Bratislava, Vučić called the withdrawal … "the most powerful move"": a place opening the sentence,
// then its speaker and a word of speech.
const OPENING_SPEECH = new Set([...Object.keys(EVENTS).filter((w) => EVENTS[w] === 'speech'), 'called', 'calls', 'urged', 'urges', 'warned', 'warns']);
/** Words allowed between the opening place and the speech word: the speaker's name and title. */
const OPENING_GAP_WORDS = 5;

const EVENT_VERBS = new Set(['meet', 'meets', 'met']);
const SPEECH_JOINED = /^,?\s+and\s+(?:(?:then|later|also)\s+)?(?:said|told|warned|declared|announced)\b/i;
const AT_SUMMIT = /\b(?:on\s+the\s+sidelines\s+of|at)\s+(?:the|a)\s+summit\b/i;
/** Words that open a clause of its own after a speech word: what follows is what was said. */
const REPORTED_CLAUSE = new Set(['that', 'would', 'will', 'could', 'should', 'must', 'might', 'was', 'were', 'is', 'are', 'had', 'has', 'have']);
const PRONOUN_SPEAKER = /["”»]\s*(?:he|she|they)\s+(?:said|added|told|says)\b/i;

interface EventPlace {
  event: string;
  /** The place after "in" or "at", and one after a comma that locates it ("Chisinau, Moldova"). */
  places: NameMention[];
  /** Who spoke, for a speech: a place someone else spoke in says nothing about this speaker. */
  speaker?: NameMention;
  /** A name qualifying the event ("European Political Community" summit). */
  qualifier?: NameMention;
  /** A speech whose speaker the sentence does not name ("he", "his speech"). */
  anonymous?: boolean;
}

const PLACE_AFTER = /\b(?:[Ii]n|[Aa]t)\s+\p{Lu}/u;
const FOR_EVENT = /^\s+for\s+(?:the|a|an)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,4}(summit|meeting|forum|conference|talks)\b/u;

// People or a body whose place "in" says where they are: "the authorities in Pristina", "officials in Belgrade".
const SEATED = new Set(['authorities', 'officials', 'government', 'leaders', 'leadership', 'people', 'residents', 'counterparts', 'ministers', 'diplomats', 'ambassadors', 'embassy', 'embassies']);

const GATHERING_NAMED = /^\s+(?:summit|forum|conference|meeting|talks|gathering)\b/i;

/** Every "EVENT ... in PLACE" the sentence states. */
function eventPlaces(text: string, names: NameMention[], isPerson: (m: NameMention) => boolean): EventPlace[] {
  // Most sentences put no name after "in" or "at": one regex test spares them the word split.
  if (names.length === 0 || !PLACE_AFTER.test(text)) return [];
  const words = wordsOf(text);
  const byStart = new Map(names.map((n) => [n.start, n]));
  const out: EventPlace[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i].lower !== 'in' && words[i].lower !== 'at') continue;
    const place = byStart.get(words[i + 1]?.start ?? -1);
    // "at European Political Community summit in Chisinau": a name before a gathering's noun names the
    // gathering, not its place.
    if (!place || place.demonym || isPerson(place) || GATHERING_NAMED.test(text.slice(place.end, place.end + 16))) continue;
    // The nearest event word, and a speech further back ("Speaking at a forum in Bratislava, Kurti said").
    const events = new Map<string, number>();
    for (let at = i - 1; at >= 0 && at >= i - 1 - SPEECH_GAP_WORDS; at--) {
      if (/^[^\p{L}]/u.test(words[at].lower)) break;
      // "the call …, made by President Macron in Bratislava": a statement made by someone is their speech.
      const event = EVENTS[words[at].lower] ?? (words[at].lower === 'made' && words[at + 1]?.lower === 'by' ? 'speech' : undefined);
      // "said it would take place on the sidelines in Chisinau": the place is what was said, not where.
      if (event === 'speech' && words.slice(at + 1, i).some((w) => REPORTED_CLAUSE.has(w.lower))) continue;
      if (event && !events.has(event) && (event === 'speech' || (events.size === 0 && at >= i - 1 - GAP_WORDS))) events.set(event, at);
    }
    // "told the authorities in Pristina to pull out …": the place is theirs, not the speech's (one meets
    // leaders where they are: "would meet both leaders in Bratislava").
    if (SEATED.has(words[i - 1]?.lower ?? '') && events.size > 0 && [...events.keys()].every((e) => e === 'speech')) continue;
    // "In Bratislava, Vučić called …": the speech after the opening place, said by the person before it.
    const opening = events.size === 0 && i === 0 && /^\s*,/.test(text.slice(place.end)) ? openingSpeech(words, i + 2, names, place, isPerson) : undefined;
    if (opening) {
      out.push({ event: 'speech', places: [place], speaker: opening });
      continue;
    }
    // "Kurti stood up in Chisinau and said …": a speech joined right after the place, said by the person
    // before it.
    if (events.size === 0 && SPEECH_JOINED.test(text.slice(place.end, place.end + 24))) {
      const speaker = names.filter((n) => n.end <= place.start && isPerson(n)).pop();
      if (speaker) out.push({ event: 'speech', places: [place], speaker });
      continue;
    }
    // "Leaders gathered in Bratislava for the European Political Community summit": the event after the place.
    const forEvent = events.size === 0 ? FOR_EVENT.exec(text.slice(place.end, place.end + 80)) : null;
    if (forEvent) {
      const eventAt = place.end + forEvent[0].length - forEvent[1]!.length;
      const qualifier = names.filter((n) => n.start > place.end && n.end <= eventAt && /^\s*$/.test(text.slice(n.end, eventAt))).pop();
      out.push({ event: EVENTS[forEvent[1]!.toLowerCase()]!, places: [place], ...(qualifier ? { qualifier } : {}) });
      continue;
    }
    if (events.size === 0) continue;
    const places = [place];
    const next = names.find((n) => n.start > place.end && /^\s*,\s*$/.test(text.slice(place.end, n.start)));
    if (next && !next.demonym && !isPerson(next)) places.push(next);
    for (const [event, at] of events) {
      if (event === 'speech') {
        // The nearest person before the speech word, or the first after the place ("Speaking in X, Kurti said").
        const speaker =
          (words[at].lower === 'made' ? names.find((n) => n.start > words[at].end && n.end <= place.start && isPerson(n)) : undefined) ??
          names.filter((n) => n.end <= words[at].start && isPerson(n)).pop() ??
          names.find((n) => n.start > place.end && isPerson(n));
        // "Speaking in Chisinau, however, he hinted …", "Clip from his speech in Chisinau: "…"": a speech
        // whose speaker is a pronoun is tied to the sources' speech by its words alone.
        out.push(speaker ? { event, places, speaker } : { event, places, anonymous: true });
        continue;
      }
      // "the European Political Community summit": a name right before the event's noun qualifies it; before
      // a verb ("Olaf Scholz meet …") it is the subject.
      const qualifier = EVENT_VERBS.has(words[at].lower) ? undefined : names.filter((n) => n.end <= words[at].start && /^\s*$/.test(text.slice(n.end, words[at].start))).pop();
      out.push({ event, places, ...(qualifier ? { qualifier } : {}) });
    }
  }
  return out;
}

/** The person who speaks in the words after a sentence's opening place, if a speech word follows them. */
function openingSpeech(words: ReturnType<typeof wordsOf>, from: number, names: NameMention[], place: NameMention, isPerson: (m: NameMention) => boolean): NameMention | undefined {
  for (let at = from; at < words.length && at <= from + OPENING_GAP_WORDS; at++) {
    if (!OPENING_SPEECH.has(words[at]!.lower)) continue;
    return names.filter((n) => n.start > place.end && n.end <= words[at]!.start && isPerson(n)).pop();
  }
  return undefined;
}

const inDraft = oncePerDraft((ctx): EventPlace[] => eventPlaces(ctx.draft.text, ctx.draft.names, (m) => isPersonName(m, ctx.index)));

function sameEvent(draft: EventPlace, source: EventPlace, sourceNames: NameMention[]): boolean {
  if (draft.event !== source.event) return false;
  // The speaker as the sources name them, or misspelt ("Stefan Hebestreit"): the spelling is nameVerdict's to flag.
  if (draft.speaker && !(source.speaker && (sameName(draft.speaker.key, source.speaker.key) || closeSpelling(draft.speaker.key, source.speaker.key)))) return false;
  // "the NATO summit" is not "the EU summit"; a draft's qualifier must be in the source sentence, unless
  // the source's event has no name of its own ("a political summit in Moldova").
  return !draft.qualifier || !source.qualifier || sourceNames.some((n) => n.key === draft.qualifier!.key);
}

/** A place the draft gives an event that the best-matching sources hold elsewhere; undefined otherwise. */
export function eventPlaceJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const all = inDraft(ctx).filter((draft) => draft.places[0].start === claim.start);
  // A speech whose speaker is unnamed yields to a named event at the same place ("as he said on arriving
  // at the summit in Slovakia" is the summit's place).
  const events = all.some((e) => !e.anonymous) ? all.filter((e) => !e.anonymous) : all;
  // "Hebestreit announced the meeting in Berlin": the place may be the speech's or the meeting's, and
  // a pool that has him speak in Berlin reads it the first way.
  if (events.length > 1 && events.some((draft) => pairingStated(claim, draft, ctx))) return undefined;
  for (const draft of events) {
    const judged = judgeEvent(claim, draft, ctx);
    if (judged) return judged;
  }
  return undefined;
}

/** Whether a sentence of the pool puts this event (with this speaker) in the draft's place. */
function pairingStated(claim: NameMention, draft: EventPlace, ctx: ClaimContext): boolean {
  const isPerson = (m: NameMention) => isPersonName(m, ctx.index);
  for (const id of ctx.pool.keys()) {
    const names = ctx.index.namesIn(id);
    if (!names.some((n) => samePlace(n, claim))) continue;
    const text = ctx.index.cited(id)?.text ?? '';
    if (eventPlaces(text, names, isPerson).some((s) => sameEvent(draft, s, names) && s.places.some((p) => samePlace(p, claim)))) return true;
  }
  return false;
}

/** Whether a sentence writes a word of this event ("plan to meet", "he said"). */
function namesEvent(text: string, event: string): boolean {
  return wordsOf(text).some((w) => EVENTS[w.lower] === event);
}

/**
 * The best-matching source sentences, and the neighbours in its article of one that writes the event
 * without a place: a story often says what was said in one sentence and where in the next ("... plan to
 * meet the leaders on Thursday." / "... the meeting in Chisinau, Moldova.").
 */
function compared(draft: EventPlace, ctx: ClaimContext, isPerson: (m: NameMention) => boolean): number[] {
  const ids: number[] = [];
  for (const { id, relevance } of ctx.ranked.slice(0, draft.anonymous ? ANONYMOUS_RANKED : RANKED)) {
    if (relevance < MIN_RELEVANCE) break;
    if (!ids.includes(id)) ids.push(id);
    const anchor = ctx.index.cited(id);
    if (!anchor) continue;
    // The best match's next sentences that write the event: "Vučić called on Thursday … "alleged mayors""
    // is where, two sentences on, "Speaking on arrival at a … summit in Moldova, Vučić said …".
    if (ids.length === 1) {
      for (const near of [id + 1, id + 2]) {
        const next = ctx.index.cited(near);
        if (next?.source.path === anchor.source.path && namesEvent(next.text, draft.event) && !ids.includes(near)) ids.push(near);
      }
    }
    // ""As long as there is a violent mob …," he said.": a quote told by a pronoun has its setting in the
    // sentence before ("Speaking at an international security forum in Bratislava, … Kurti said …").
    const before = ctx.index.cited(id - 1);
    if (PRONOUN_SPEAKER.test(anchor.text) && before?.source.path === anchor.source.path && !ids.includes(id - 1)) ids.push(id - 1);
    if (!namesEvent(anchor.text, draft.event)) continue;
    if (eventPlaces(anchor.text, ctx.index.namesIn(id), isPerson).some((e) => e.event === draft.event)) continue;
    for (const near of [id + 1, id - 1]) if (!ids.includes(near) && ctx.index.cited(near)?.source.path === anchor.source.path) ids.push(near);
  }
  return ids;
}

/** "Chisinau, Moldova": the pool writes one place as in the other, so either fits the event. */
export function locatedIn(a: NameMention, b: NameMention, ctx: ClaimContext): boolean {
  for (const id of ctx.pool.keys()) {
    const names = ctx.index.namesIn(id);
    const text = ctx.index.cited(id)?.text ?? '';
    // "Zvecan, Zubin Potok, and Leposavic" is a list of towns, no town in another.
    const listed = (j: number) => j >= 0 && j + 1 < names.length && /^\s*,?\s*(?:and|or)?\s*$/.test(text.slice(names[j].end, names[j + 1].start));
    for (let i = 0; i + 1 < names.length; i++) {
      if (!/^\s*,\s*$/.test(text.slice(names[i].end, names[i + 1].start)) || listed(i - 1) || listed(i + 1)) continue;
      const [x, y] = [names[i], names[i + 1]];
      if ((samePlace(x, a) && samePlace(y, b)) || (samePlace(x, b) && samePlace(y, a))) return true;
    }
  }
  return false;
}

function judgeEvent(claim: NameMention, draft: EventPlace, ctx: ClaimContext): Judgement | undefined {
  const isPerson = (m: NameMention) => isPersonName(m, ctx.index);
  let other: { place: NameMention; id: number; speaker?: NameMention } | undefined;
  let summit: { place: NameMention; id: number } | undefined;
  // "are expected to meet … on the sidelines of the summit": a meeting the best match holds at a summit
  // is where that summit is ("a political summit in Moldova", a sentence on).
  const best = ctx.ranked[0] ? ctx.index.cited(ctx.ranked[0].id)?.text ?? '' : '';
  const atSummit = draft.event === 'meeting' && AT_SUMMIT.test(best);
  for (const id of compared(draft, ctx, isPerson)) {
    const text = ctx.index.cited(id)?.text ?? '';
    const names = ctx.index.namesIn(id);
    for (const source of eventPlaces(text, names, isPerson)) {
      const same = sameEvent(draft, source, names);
      if (!same && !(atSummit && source.event === 'summit' && !source.qualifier)) continue;
      if (source.places.some((p) => samePlace(p, claim))) return undefined;
      if (same) other ??= { place: source.places[0], id, ...(source.speaker ? { speaker: source.speaker } : {}) };
      else summit ??= { place: source.places[0], id };
    }
  }
  other ??= summit;
  if (!other) return undefined;
  // Never when the pool states the draft's pairing somewhere (a second event of the kind, or a second
  // speech), or places the draft's place in the sources' ("the summit in Chisinau" for "in Moldova").
  if (pairingStated(claim, draft, ctx) || locatedIn(claim, other.place, ctx)) return undefined;
  const sentence = ctx.index.cited(other.id)!;
  const what = draft.speaker ? `${fullName((other.speaker ?? draft.speaker).key, ctx)} speaking in` : `the ${draft.event} in`;
  return {
    verdict: 'contradicted',
    code: 'contradicted-name',
    message: `sources have ${what} ${other.place.text}, not ${claim.text} ("${quote(sentence.text, other.place.text)}", ${citeLine(sentence)})`,
    suggestion: other.place.text,
    evidence: [evidenceOf(sentence, other.place.text)],
  };
}
