// Clock times: "05:30", "5.30pm", and those written as speech or without a colon: "at 5.30 on Monday
// morning", "at five-thirty", "half past five in the morning", "six o'clock". Each is one moment, HHMM on
// the 24-hour clock, as the sources' "0530" is; read without the context words, "5.30" would be a decimal
// and "five-thirty" 35.
//
// A point or words make a clock only with a word of time around the figure: "am"/"pm", a clock
// preposition before it ("at", "since", "until") and a time of day after it, or a spelled form no count
// takes ("half past", "o'clock").

import { SMALL_NUMBER_WORDS } from './numberWords';

export interface ClockTime {
  start: number;
  end: number;
  /** HHMM on the 24-hour clock. */
  value: number;
}

const HOURS = SMALL_NUMBER_WORDS.slice(1, 13);
const HOUR = `(${HOURS.join('|')})`;
const MINUTES: Record<string, number> = { "o'clock": 0, 'o’clock': 0, fifteen: 15, thirty: 30, 'forty-five': 45, 'forty five': 45 };

// "at 5.30", "since 5.30": a clock's preposition.
const CLOCK_BEFORE = /\b(?:at|since|until|till|before|after|from|by|around)\s+$/i;
// "… on Monday morning", "… local time", "… that morning", "… in the morning".
const TIME_OF_DAY_AFTER = /^\s*(?:[,-]\s*)?(?:(?:a\.?m\.?|p\.?m\.?|local\s+time|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b|(?:on\s+)?(?:\p{L}+\s+){0,2}(?:morning|afternoon|evening|night)\b)/iu;
const AFTER_NOON = /^\s*(?:[,-]\s*)?(?:p\.?m\b|in\s+the\s+(?:afternoon|evening)|at\s+night|(?:on\s+)?(?:\p{L}+\s+){0,2}(?:afternoon|evening|night)\b)/iu;

// "05:30", "17:30".
const COLON = /(?<![\w.:])(\d{1,2}):(\d{2})(?![\d:])/g;
// "5.30am", "5.30 in the morning": a point, then what makes it a clock.
const DOTTED_MARKED = /(?<![\w.:])(\d{1,2})\.([0-5]\d)(?=\s*(?:a\.?m\b|p\.?m\b|in the (?:morning|afternoon|evening)|at night|o'clock))/gi;
// "at 5.30 on Monday morning": a point, a clock preposition before and a time of day after.
const DOTTED = /(?<![\w.:])(\d{1,2})\.([0-5]\d)(?![\d.]|\s*(?:%|per\s*cent|percent))/g;
const PAST = new RegExp(`\\b(half|quarter)\\s+past\\s+${HOUR}\\b`, 'gi');
const TO = new RegExp(`\\bquarter\\s+to\\s+${HOUR}\\b`, 'gi');
const SPOKEN = new RegExp(`\\b${HOUR}(?:-|\\s)(o['’]clock|fifteen|thirty|forty[-\\s]five)\\b`, 'gi');

// One test for every spoken form: most sentences have none, and the three patterns are dear.
const SPOKEN_SCREEN = new RegExp(`\\b(?:half\\s+past|quarter\\s+(?:past|to)|o['’]clock|${HOUR}[-\\s](?:fifteen|thirty|forty))\\b`, 'i');
const SPOKEN_WORD = /past|quarter|clock|teen|thirty|forty/i;
// A digit clock needs a colon or a point between digits.
const DIGIT_SCREEN = /\d[.:]\d/;

function hourValue(hour: number, after: string): number {
  return hour < 12 && AFTER_NOON.test(after) ? hour + 12 : hour === 12 && /^\s*a\.?m\b/i.test(after) ? 0 : hour;
}

function clock(sentence: string, start: number, end: number, hour: number, minutes: number): ClockTime {
  return { start, end, value: hourValue(hour, sentence.slice(end, end + 40)) * 100 + minutes };
}

/** The clock times a sentence writes in digits, in order: "05:30", "5.30pm", "at 5.30 on Monday morning". */
export function findDigitClockTimes(sentence: string): ClockTime[] {
  if (!DIGIT_SCREEN.test(sentence)) return [];
  const out: ClockTime[] = [];
  const free = (start: number, end: number) => !out.some((c) => c.start < end && start < c.end);
  for (const m of sentence.matchAll(COLON)) out.push(clock(sentence, m.index!, m.index! + m[0].length, Number(m[1]), Number(m[2])));
  for (const m of sentence.matchAll(DOTTED_MARKED)) out.push(clock(sentence, m.index!, m.index! + m[0].length, Number(m[1]), Number(m[2])));
  for (const m of sentence.matchAll(DOTTED)) {
    const start = m.index!;
    const end = start + m[0].length;
    const hour = Number(m[1]);
    if (hour > 23 || !free(start, end) || !CLOCK_BEFORE.test(sentence.slice(Math.max(0, start - 8), start)) || !TIME_OF_DAY_AFTER.test(sentence.slice(end, end + 40))) continue;
    out.push(clock(sentence, start, end, hour, Number(m[2])));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The clock times a sentence writes in words, in order: "half past five", "five-thirty", "six o'clock". */
export function findSpokenClockTimes(sentence: string): ClockTime[] {
  if (!SPOKEN_WORD.test(sentence) || !SPOKEN_SCREEN.test(sentence)) return [];
  const out: ClockTime[] = [];
  for (const m of sentence.matchAll(PAST)) out.push(clock(sentence, m.index!, m.index! + m[0].length, HOURS.indexOf(m[2]!.toLowerCase()) + 1, m[1]!.toLowerCase() === 'half' ? 30 : 15));
  for (const m of sentence.matchAll(TO)) {
    const hour = HOURS.indexOf(m[1]!.toLowerCase()) + 1;
    out.push(clock(sentence, m.index!, m.index! + m[0].length, hour === 1 ? 12 : hour - 1, 45));
  }
  for (const m of sentence.matchAll(SPOKEN)) {
    const start = m.index!;
    const end = start + m[0].length;
    const minutes = MINUTES[m[2]!.toLowerCase().replace(/\s+/, ' ')];
    // "five-thirty" with a clock preposition or a time of day; "o'clock" is a clock by itself.
    if (minutes === undefined || (minutes !== 0 && !CLOCK_BEFORE.test(sentence.slice(Math.max(0, start - 8), start)) && !TIME_OF_DAY_AFTER.test(sentence.slice(end, end + 40)))) continue;
    out.push(clock(sentence, start, end, HOURS.indexOf(m[1]!.toLowerCase()) + 1, minutes));
  }
  return out.sort((a, b) => a.start - b.start);
}
