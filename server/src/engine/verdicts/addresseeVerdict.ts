// To whom it was said: "Vučić says he complained to Antony Blinken about the "irresponsible behaviour of
// Pristina institutions"" where the source sentence with those words has him talk "with EU foreign policy
// chief Josep Borrell". attributionVerdict weighs who spoke; this, whom they spoke to.
//
// Only a name the draft sentence addresses ("to", "with", "told", "asked", "urged", a title between)
// outside its quotation, where the draft quotes words enough to tie it to one source sentence; against
// the best matches quoting those words that address one other name of its kind (a person for a person)
// and never the draft's.
import type { NameMention } from '../claims/names';
import { oncePerDraft, replacedName, type ClaimContext, type Judgement } from './judgement';
import { TITLE_MODIFIERS, TITLES } from '../claims/nameWords';
import { quoteSpans, quotesAny, wordsIn } from './attributionVerdict';
import { fullName, isPersonName, sameName, samePlace } from './relationVerdict';

const RANKED = 10;
/** Words a quotation needs to tie a draft sentence to one source sentence: two quoted words in a row ("irresponsible behaviour") are the source's own. */
const MIN_QUOTE_WORDS = 2;

const outside = (n: NameMention, spans: Array<[number, number]>) => !spans.some(([a, b]) => n.start >= a && n.end <= b);

// The addressing word right before the name, or before its title only: "urged the United Nations",
// "talked with EU foreign policy chief Josep Borrell"; not "advance to the border with Kosovo".
// "with" and "to" address only after a verb of speech or meeting ("complained to", "talked with"), or
// its noun ("his complaint to Antony Blinken about "…"").
const ADDRESSED =
  /\b(?:(?:talk(?:s|ed|ing)?|sp[eo]ak(?:s|ing)?|spoke|met|meet(?:s|ing)?|complain(?:s|ed|ing|ts?)?|appeal(?:s|ed|ing)?|plead(?:s|ed|ing)?|wr[io]te|writ(?:es|ing)|sa(?:id|ys|y))\s+(?:\p{Ll}+\s+){0,3}?(?:with|to)|told|tell(?:s|ing)?|ask(?:s|ed|ing)?|urg(?:es|ed|ing|e)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?)\s+((?:[\p{L}.-]+\s+){0,5})$/u;
const TITLE_WORD = /^(?:the|his|her|their|its|of|for|\p{Lu}[\p{L}.-]*)$/u;

/** The names a sentence addresses, outside its quotations. */
function addressed(text: string, names: NameMention[], spans: Array<[number, number]>): NameMention[] {
  return names.filter((n) => {
    if (n.demonym || !outside(n, spans)) return false;
    const between = ADDRESSED.exec(text.slice(Math.max(0, n.start - 60), n.start))?.[1];
    return between !== undefined && between.split(/\s+/).every((w) => !w || TITLE_WORD.test(w) || TITLES.has(w.toLowerCase()) || TITLE_MODIFIERS.has(w.toLowerCase()) || w === 'policy');
  });
}

const draftAddress = oncePerDraft((ctx) => {
  const { text, names } = ctx.draft;
  const spans = quoteSpans(text);
  const quotes = spans.map(([a, b]) => wordsIn(text.slice(a, b))).filter((w) => w.length >= MIN_QUOTE_WORDS);
  return { quotes, addressees: quotes.length > 0 ? addressed(text, names, spans) : [] };
});

export function addresseeJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const { quotes, addressees } = draftAddress(ctx);
  if (!addressees.some((p) => p.start === claim.start)) return undefined;
  // A person is compared with persons, a body or a country with its like ("urged NATO to "stop …"").
  const person = isPersonName(claim, ctx.index);
  let other: { person: NameMention; id: number } | undefined;
  for (const { id } of ctx.ranked.slice(0, RANKED)) {
    const text = ctx.index.cited(id)?.text ?? '';
    const spans = quoteSpans(text);
    if (!quotesAny(quotes, text, spans)) continue;
    const names = ctx.index.namesIn(id);
    if (names.some((n) => sameName(n.key, claim.key))) return undefined;
    for (const addressee of addressed(text, names, spans)) {
      if (isPersonName(addressee, ctx.index) !== person || ctx.draft.names.some((d) => sameName(d.key, addressee.key) || samePlace(d, addressee))) continue;
      if (other && !sameName(other.person.key, addressee.key)) return undefined;
      other ??= { person: addressee, id };
    }
  }
  if (!other) return undefined;
  const suggestion = person && claim.key.includes(' ') ? fullName(other.person.key, ctx) : other.person.text;
  return replacedName(claim, `have this said to ${suggestion}`, ctx.index.cited(other.id)!, suggestion);
}
