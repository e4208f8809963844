// Dates of the document, not of what it tells: a memo's date line ("Date: 1 June 2023"), a header's date
// field ("client note · 1 June 2023 · For professional investors only"), a wire dateline, and a date naming
// a report ("the 1 June report"). Each is checked against the sources' datelines, not against an event.
import type { NumberMention } from '../claims/numbers';
import { tag } from '../nlp/tagger';
import { formatDay, MONTH, MONTHS, WEEKDAYS } from './calendar';
import { isWeekdayOf, readableDate, SHORT_MONTHS, SHORT_WEEKDAYS, type DraftDate } from './dateVerdict';
import type { ClaimContext, Judgement } from './judgement';
import { weekdayOfSources } from './undatedWeekdayVerdict';

/** The draft's day as a dateline is written: "2023-06-01". */
function isoDay(draft: DraftDate, y: number): string {
  return `${y}-${String(draft.month + 1).padStart(2, '0')}-${String(draft.day).padStart(2, '0')}`;
}

/**
 * "Date: 1 June 2023", a memo's or a cable's date line: a bare date with nothing to match on is supported
 * where it is a source's dateline (in a sentence with words, the best matches must date it).
 */
export function datelineOfDateLine(draft: DraftDate, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
  const y = draft.year ?? sourceYear;
  if (y === undefined) return undefined;
  const dateWord = (l: string) => MONTHS.includes(l) || WEEKDAYS.includes(l) || SHORT_MONTHS.has(l) || SHORT_WEEKDAYS.has(l);
  const words = [...ctx.draft.lemmas].filter((l) => !dateWord(l) && !/\d/.test(l));
  if (words.length > 1 && !datesTheDocument(ctx)) return undefined;
  const iso = isoDay(draft, y);
  const datelines = ctx.index.datelines();
  if (datelines.has(iso)) return { verdict: 'supported', code: 'supported-number', message: `sources are dated ${formatDay(new Date(`${iso}T00:00:00Z`))}`, evidence: [] };
  const told = weekdayOfSources(draft, y, ctx);
  if (told) return told;
  // "Date: Wed, 31 May 2023", an email's own date between the sources' first and last datelines: a day of
  // the story they tell, where its weekday is the calendar's.
  const days = [...datelines].sort();
  if (days.length < 2 || iso < days[0]! || iso > days[days.length - 1]! || (draft.weekday !== undefined && !isWeekdayOf(draft, y))) return undefined;
  const [first, last] = [days[0]!, days[days.length - 1]!].map((d) => formatDay(new Date(`${d}T00:00:00Z`)));
  return { verdict: 'supported', code: 'supported-number', message: `${formatDay(new Date(`${iso}T00:00:00Z`))} lies within the days the sources are dated, ${first} to ${last}`, evidence: [] };
}

// "The 1 June report has the mayor … entering his building at 0530 on Monday": a date naming a report
// is the day the report is dated, not the day of what it tells.
const NAMES_A_REPORT = new RegExp(`^(?:(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}\\b)?(?:,?\\s+\\d{4})?\\s+(?:(?:news|wire|press|\\p{Lu}\\p{L}+)\\s+)?(?:report|article|story|dispatch|piece|edition|bulletin)s?\\b`, 'u');

export function reportDated(claim: NumberMention, draft: DraftDate, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
  const y = draft.year ?? sourceYear;
  if (y === undefined || !NAMES_A_REPORT.test(readableDate(ctx.draft.text.slice(claim.end, claim.end + 40)))) return undefined;
  const iso = isoDay(draft, y);
  if (!ctx.index.datelines().has(iso)) return undefined;
  return { verdict: 'supported', code: 'supported-number', message: `sources are dated ${formatDay(new Date(`${iso}T00:00:00Z`))}`, evidence: [] };
}

// "Press statement · For immediate release · 1 June 2023", "*Research | Sovereign strategy | 1 June 2023*":
// a line of fields ending in its date, with no verb, dates the document itself.
const LAST_FIELD = /(?:^|[|·•,:;—–]\s*)[^|·•,:;—–]*$/;

// "MITROVICA, June 1 (Reuters) –", "ZVECAN, Kosovo, May 31 –": a wire story's dateline, its place in capitals.
const WIRE_DATELINE = /^\W*(?:datelined\s+)?\p{Lu}{3,}[\p{Lu} .'’-]*,\s+(?:\p{Lu}\p{L}+,\s+)?(?:\d{1,2}\s+\p{L}{3,}|\p{L}{3,}\.?\s+\d{1,2})\b/iu;

function datesTheDocument(ctx: ClaimContext): boolean {
  const { text, tokens } = ctx.draft;
  if (WIRE_DATELINE.test(text) && /\p{Lu}{3,}/u.test(text.slice(0, 40))) return true;
  const last = LAST_FIELD.exec(text.trimEnd().replace(/[.*_]+$/, ''))?.[0] ?? '';
  // "Emerging-markets client note · 1 June 2023 · For professional investors only", "Corrections log:
  // foreign desk, week of 29 May 2023": a field of its own that is a full date, or the week it opens.
  const fields = text.replace(/[*_]+/g, ' ').split(/[|·•,:;—–]/);
  const dated = DATE_FIELD.test(last.trim()) || fields.some((f) => DATE_FIELD.test(f.trim().replace(WEEK_OF, '')));
  // "Adopted by our executive committee on 1 June 2023.", "Published 1 June 2023": the act that made the
  // document, dated.
  if (MADE_ON.test(text)) return true;
  // "Field update": a word the tagger reads as a verb in a label is its noun (a label of a few words
  // before the date field at the line's end is no clause).
  const label = fields.length >= 2 && DATE_FIELD.test(last.trim()) && text.slice(0, text.length - last.length).trim().split(/\s+/).length <= LABEL_WORDS;
  return dated && (label || !tokens.some((t) => (t.pos === 'VERB' && !t.lower.endsWith('ing') && tag(t.lower)[0]?.pos !== 'NOUN') || t.pos === 'AUX'));
}
const LABEL_WORDS = 4;
const MADE_ON = new RegExp(`^\\W*(?:adopted|published|issued|released|posted|updated|last\\s+updated|approved|signed|filed)\\b[^.]{0,60}?\\b(?:on\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4}\\b`, 'i');
const DATE_FIELD = /^\W*(?:\p{L}+,?\s+)?\d{1,2}\s+\p{L}+\s+\d{4}$|^\W*\p{L}+\s+\d{1,2},?\s+\d{4}$/u;
const WEEK_OF = /^(?:.*\bweek\s+of|dated|as\s+of)\s+/i;
