// The calendar words and day arithmetic the date stages share: month and weekday names as English writes
// them in dates, a weekday counted back from a dateline, a day as the messages write it. Written by hand:
// Date.UTC does the arithmetic, and no library here reads dates as news copy writes them.

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Capitalised, as English writes dates: "30 may have been hurt" holds no date.
const capitalisedAlternatives = (words: string[]) => `(${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})`;
export const MONTH = capitalisedAlternatives(MONTHS);
export const WEEKDAY = capitalisedAlternatives(WEEKDAYS);
export const ANY_WEEKDAY = new RegExp(`\\b${WEEKDAY}\\b`, 'g');
export const DAY_MS = 86_400_000;

export function year(text: string | undefined): { year?: number } {
  return text ? { year: Number(text) } : {};
}

/** The day a weekday named in an article refers to: the latest such day on or before its dateline. */
export function weekdayBefore(dateline: Date, weekday: number): Date {
  const back = (dateline.getUTCDay() - weekday + 7) % 7;
  return new Date(dateline.getTime() - back * DAY_MS);
}

export function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

export function formatDay(date: Date): string {
  return `${date.getUTCDate()} ${capitalised(MONTHS[date.getUTCMonth()]!)} ${date.getUTCFullYear()}`;
}
