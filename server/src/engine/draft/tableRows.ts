// A table row reads as one statement: "| Serb protesters injured | 42 |" says 42 protesters were
// injured, which neither cell says alone. Cells of one row are joined into one block, ": " between
// them, with an offset map that still lands on the draft's own characters.
import type { ProseBlock } from './prose';

const SEPARATOR = ' : ';

function rowOf(document: string, block: ProseBlock): number {
  // Cells of one row sit on one line: the row is identified by the offset of its line start.
  const at = block.toDocumentOffset(0);
  return document.lastIndexOf('\n', at - 1);
}

function joined(cells: ProseBlock[]): ProseBlock {
  const starts: number[] = [];
  let text = '';
  for (const cell of cells) {
    if (text) text += SEPARATOR;
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
  const flush = () => {
    if (row.length === 1) out.push(row[0]);
    else if (row.length > 1) out.push(joined(row));
    row = [];
  };
  for (const block of blocks) {
    if (block.kind !== 'tableCell') {
      flush();
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
