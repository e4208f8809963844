// A table row reads as one statement: "| Serb protesters injured | 42 |" says 42 protesters were
// injured, which neither cell says alone. Cells of one row are joined into one block, ": " between
// them, with an offset map that still lands on the draft's own characters.
import type { ProseBlock } from './prose';

const SEPARATOR = ' : ';
// A cell under a "Source" heading credits the row's figure: it reads "according to" its name, as the
// credit check looks for ("| Turnout | 3.47% | EULEX |" under "| Indicator | Reading | Source |").
const CREDIT_HEADING = /^\s*(?:sources?|credit|credited to|according to|per|reported by|attribution|via)\s*$/i;
const CREDIT_SEPARATOR = ' : according to ';

function rowOf(document: string, block: ProseBlock): number {
  // Cells of one row sit on one line: the row is identified by the offset of its line start.
  const at = block.toDocumentOffset(0);
  return document.lastIndexOf('\n', at - 1);
}

/** The 0-based column of a cell: the pipes before it on its line, less a leading one. */
function columnOf(document: string, block: ProseBlock): number {
  const at = block.toDocumentOffset(0);
  const line = document.slice(document.lastIndexOf('\n', at - 1) + 1, at);
  const pipes = line.match(/(?<!\\)\|/g)?.length ?? 0;
  return /^\s*\|/.test(line) ? pipes - 1 : pipes;
}

function joined(cells: ProseBlock[], credits: ReadonlySet<number>, document: string): ProseBlock {
  const starts: number[] = [];
  let text = '';
  for (const cell of cells) {
    // Only a name is credited ("wire report" stays a cell of words).
    if (text) text += credits.has(columnOf(document, cell)) && /^\s*\p{Lu}/u.test(cell.text) ? CREDIT_SEPARATOR : SEPARATOR;
    starts.push(text.length);
    text += cell.text;
  }
  return {
    text,
    kind: 'tableRow',
    toDocumentOffset(offset: number): number {
      let k = starts.length - 1;
      while (k > 0 && starts[k] > offset) k--;
      const cell = cells[k];
      // An offset inside a separator maps to the end of the cell before it.
      return cell.toDocumentOffset(Math.min(offset - starts[k], cell.text.length));
    },
  };
}

/** The blocks with each run of table cells on one line replaced by one block for the row. */
export function joinTableRows(document: string, blocks: ProseBlock[]): ProseBlock[] {
  const out: ProseBlock[] = [];
  let row: ProseBlock[] = [];
  let rowLine = -2;
  // The columns headed "Source" in the table being read; undefined until its heading row is read.
  let credits: Set<number> | undefined;
  const flush = () => {
    if (row.length === 0) return;
    const heading = credits === undefined;
    if (row.length === 1) out.push(row[0]);
    else out.push(joined(row, heading ? new Set() : credits!, document));
    if (heading) credits = new Set(row.filter((cell) => CREDIT_HEADING.test(cell.text)).map((cell) => columnOf(document, cell)));
    row = [];
  };
  for (const block of blocks) {
    if (block.kind !== 'tableCell') {
      flush();
      credits = undefined;
      out.push(block);
      continue;
    }
    const line = rowOf(document, block);
    if (row.length > 0 && line !== rowLine) flush();
    rowLine = line;
    row.push(block);
  }
  flush();
  return out;
}
