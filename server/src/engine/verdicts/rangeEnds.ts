// A range the sources gainsay at one end only ("the 1997-1999 war" where they have "1998-1999") is
// reported at that end: the error sits on the figure to change, its quick fix replaces only that
// figure, and the end the sources share reads as supported, as a reader would mark it with a pen.
import type { NumberMention } from '../claims/numbers';
import type { Judgement } from './judgement';

export interface RangeEnd {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  value: number;
  judgement: Judgement;
}

interface Ends {
  low: { text: string; offset: number; value: number };
  high: { text: string; offset: number; value: number };
}

const RANGE = /(\d[\d,]*(?:\.\d+)?)(\s?[-–—]\s?)(\d[\d,]*(?:\.\d+)?)/;

function figure(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The two figures of "1998-1999" or "1998-99" (whose short end takes the low end's leading digits). */
function endsOf(text: string): Ends | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const [, low, dash, high] = m;
  const lowValue = figure(low);
  let highValue = figure(high);
  if (!high.includes(',') && !low.includes(',') && high.length < low.length) highValue = figure(low.slice(0, low.length - high.length) + high);
  return {
    low: { text: low, offset: m.index, value: lowValue },
    high: { text: high, offset: m.index + low.length + dash.length, value: highValue },
  };
}

/**
 * The range's two ends as claims of their own, where the judgement contradicts it with a range that
 * shares exactly one end; otherwise undefined (both ends wrong, or not a range, stays one claim).
 */
export function splitAtWrongEnd(mention: NumberMention, judgement: Judgement): RangeEnd[] | undefined {
  if (mention.numKind !== 'range' || judgement.verdict !== 'contradicted' || !judgement.suggestion) return undefined;
  const draft = endsOf(mention.text);
  const sources = endsOf(judgement.suggestion);
  if (!draft || !sources) return undefined;
  const lowShared = draft.low.value === sources.low.value;
  const highShared = draft.high.value === sources.high.value;
  if (lowShared === highShared) return undefined;
  const [wrong, right, wanted] = lowShared ? [draft.high, draft.low, sources.high] : [draft.low, draft.high, sources.low];
  const at = (end: Ends['low']) => ({ start: mention.start + end.offset, end: mention.start + end.offset + end.text.length, value: end.value });
  const { suggestion: _gainsaid, ...shared } = judgement;
  const ends: RangeEnd[] = [
    { ...at(wrong), judgement: { ...judgement, suggestion: figure(wanted.text) === wanted.value ? wanted.text : String(wanted.value) } },
    { ...at(right), judgement: { ...shared, verdict: 'supported', code: 'supported-number' } },
  ];
  return ends.sort((a, b) => a.start - b.start);
}
