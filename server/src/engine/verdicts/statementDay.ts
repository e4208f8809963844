// The day a body spoke: "KFOR's call of 26 May", "as KFOR had put it on 27 May", where the sources'
// only dated account of KFOR speaking is "The NATO-led … mission in Kosovo (KFOR) on Monday urged …" in
// an article dated Monday 29 May. The quotation the draft has in mind may stand lines later with no
// weekday ("''KFOR urges Belgrade and Pristina …'', said the statement"), and the same article names a
// Friday for something else ("tensions … rose on Friday"): the day is the one written with the body's
// own report verb.
//
// Only a body (no person, town or people) the draft sentence names with a word of speech, and only
// where every dated source sentence that gives that body a report verb beside a weekday gives one day.
import type { NameMention } from '../claims/names';
import type { NumberMention } from '../claims/numbers';
import { escapeRegExp, isPersonName, sameName } from './relationVerdict';
import { isTown } from './scenePlaceVerdict';
import { isPeople } from './slotVerdict';
import { resolve } from './nameResolve';
import { citeLine, evidenceOf, quote, type ClaimContext, type Judgement } from './judgement';
import { DAY_MS, formatDay, WEEKDAY, WEEKDAYS, weekdayBefore } from './calendar';

// A word of speech in the draft sentence: what the body said is what the date is of.
const SPEECH = /\b(?:statement|call(?:ed)?|appeal|urg(?:e|ed|es|ing)|said|says|put it|warn(?:ed|ing|s)?|communiqu[eé])\b/i;
const REPORT_VERBS = '(?:urged|said|called|warned|appealed|announced)';
/** Characters before the date a word of speech may stand. */
const SPEECH_BEFORE = 40;
/** Sentences naming the body that are read for its dated reports, at most. */
const SENTENCES = 300;

interface DraftDay {
  day: number;
  month: number;
  year?: number;
}

const REPORTED_ON = new RegExp(`^\\)?\\s+(?:on\\s+(${WEEKDAY})\\s+${REPORT_VERBS}|${REPORT_VERBS}\\s+on\\s+(${WEEKDAY}))\\b`);

/** "… (KFOR) on Monday urged …", "KFOR said on Monday …": the weekday the body reported on. */
function reportWeekday(text: string, body: NameMention): string | undefined {
  const m = REPORTED_ON.exec(text.slice(body.end, body.end + 60));
  return m ? (m[1] ?? m[2]) : undefined;
}

export function statementDay(claim: NumberMention, draft: DraftDay, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
  const y = draft.year ?? sourceYear;
  // The word of speech shortly before the date: "its statement of 26 May", "as KFOR had put it on 27 May".
  // ("On 26 May police clashed …, and KFOR urged calm" dates the clash.)
  if (y === undefined || !SPEECH.test(ctx.draft.text.slice(Math.max(0, claim.start - SPEECH_BEFORE), claim.start))) return undefined;
  const bodies = ctx.draft.names.filter((n) => !n.demonym && !isPeople(n) && !isPersonName(n, ctx.index) && !isTown(n, ctx));
  for (const body of bodies) {
    const days = new Map<number, { weekday: string; id: number }>();
    let read = 0;
    for (const entry of resolve(body.key, ctx)) {
      const firstWord = new RegExp(escapeRegExp(entry.key.split(' ')[0]!), 'i');
      for (const id of entry.sentenceIds) {
        if (read++ >= SENTENCES) break;
        const cited = ctx.index.cited(id);
        if (!cited?.source.date || !firstWord.test(cited.text)) continue;
        for (const named of ctx.index.namesIn(id)) {
          if (!sameName(named.key, entry.key)) continue;
          const weekday = reportWeekday(cited.text, named);
          if (!weekday) continue;
          const day = weekdayBefore(new Date(`${cited.source.date}T00:00:00Z`), WEEKDAYS.indexOf(weekday.toLowerCase()));
          days.set(day.getTime(), { weekday, id });
        }
      }
    }
    if (days.size !== 1) continue;
    const [[time, { weekday, id }]] = [...days];
    const day = new Date(time);
    const off = Math.round((time - Date.UTC(y, draft.month, draft.day)) / DAY_MS);
    if (off === 0) return undefined;
    const cited = ctx.index.cited(id)!;
    return {
      verdict: 'contradicted',
      code: 'contradicted-number',
      message: `sources have ${body.text} speak on ${weekday}, ${formatDay(day)} ("${quote(cited.text, weekday)}", ${citeLine(cited)}, dated ${cited.source.date})`,
      ...(day.getUTCMonth() === draft.month ? { suggestion: String(day.getUTCDate()) } : {}),
      evidence: [evidenceOf(cited, weekday)],
    };
  }
  return undefined;
}
