// A day of the month said as a spoken ordinal after its weekday: "last Friday, the twenty-fifth", "on
// Saturday the twenty-eighth". Read only there: "the first time", "the third party" count nothing.
//
// Written by hand: numberWords reads cardinals ("twenty-five"), and no library here reads ordinals.

const UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
};
const TEENS: Record<string, number> = {
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const ORDINAL = /\b(?:(twenty|thirty)[-\s])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/gi;
// "Friday, the", "the Friday before, the", "on Saturday the": the weekday a few words back.
const WEEKDAY_THE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^.;!?]{0,25}?\bthe\s+$/i;

// What may follow a day: a stop, "of May", a clause ("when …", "to pull out"); not a noun ("the first
// time") nor "of them".
const DAY_ENDS = /^(?:\s*[,.;:!?)\]—–-]|\s*$|\s+of\s+\p{Lu}|\s+(?:when|to|and|at|in|on|as|after|before|from|until|with|that|which)\b)/u;

export interface OrdinalDay {
  start: number;
  end: number;
  value: number;
}

export function findOrdinalDays(sentence: string): OrdinalDay[] {
  // Most sentences name no weekday: the ordinals are not looked for.
  if (!/day\b/i.test(sentence)) return [];
  const out: OrdinalDay[] = [];
  for (const m of sentence.matchAll(ORDINAL)) {
    const end = m.index! + m[0].length;
    if (!WEEKDAY_THE.test(sentence.slice(Math.max(0, m.index! - 40), m.index!)) || !DAY_ENDS.test(sentence.slice(end, end + 12))) continue;
    const tens = m[1]?.toLowerCase();
    const word = m[2]!.toLowerCase();
    const value = tens ? (tens === 'twenty' ? 20 : 30) + (UNITS[word] ?? NaN) : (UNITS[word] ?? TEENS[word]!);
    if (!Number.isInteger(value) || value > 31) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, value });
  }
  return out;
}
