// Splits a Markdown document into pieces that parse to the same prose as the whole.
//
// Why: pieces are parsed once and reused while the writer edits another piece (prose.ts caches them),
// and the installed micromark rebuilds its whole event list each time a container (list item,
// block quote) closes, so parse time grows with containers × document size: a 150 KB draft
// made of short quotes takes ~16 s, a 2 MB one would take many minutes. Parsing pieces of
// a kilobyte or so keeps the total linear. Documents under 2 KB are parsed whole.
//
// A split is only made where nothing can continue across it: after a blank line, before a line
// starting in column 0 (that closes every list item, quote and indented code), and never inside
// front matter, a fenced code block, or an HTML block that may span blank lines (comments,
// <pre>, <script>...). What stays document-wide is definitions: a footnote call `[^1]` or a
// reference link `[text][1]` is only recognised when its definition is parsed with it, else
// "[^1]" would read as prose. Each piece is therefore given stub definitions, after its own
// text, for the labels it uses that the document defines.

const SINGLE_PARSE_LIMIT = 2 * 1024;
const CHUNK_TARGET = 1024;
const LARGE_DOCUMENT = 64 * 1024;
const LINK_DEFINITION = /^ {0,3}\[(?!\^)(?:[^\[\]\\\n]|\\.){1,999}\]:/m;

export interface Chunk {
  /** Document offset of the piece. */
  start: number;
  /** Document offset just after the piece; `text` may run on past it with stub definitions. */
  end: number;
  text: string;
}

export function chunkMarkdown(document: string): Chunk[] {
  // Whether a line is a link definition depends on block structure this scan only approximates (it cannot
  // interrupt a paragraph, and lazy continuation lines are paragraphs too): a document that may have one
  // is parsed whole unless it is too large for that.
  const whole = document.length <= SINGLE_PARSE_LIMIT || (document.length <= LARGE_DOCUMENT && LINK_DEFINITION.test(document));
  if (whole) return [{ start: 0, end: document.length, text: document }];
  const { points, defined } = scan(document);
  const splits = [0, ...points, document.length];
  const chunks: Chunk[] = [];
  for (let i = 0; i + 1 < splits.length; i++) {
    const text = document.slice(splits[i], splits[i + 1]);
    chunks.push({ start: splits[i], end: splits[i + 1], text: text + stubs(text, defined) });
  }
  return chunks;
}

type State = string; // 'out' | 'html-to-blank' | `fence ${marker} ${nested}` | `html ${closer} ${nested}`

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const HTML_BLOCK_TAG = new RegExp(`^ {0,3}</?(?:${BLOCK_TAGS})(?:[\\s/>]|$)`, 'i');
const HTML_ANY_TAG_LINE = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
const HTML_OPEN = /^( {0,3})(?:<(script|pre|style|textarea)(?:[\s>]|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[)/i;

function htmlCloser(line: string, open: RegExpExecArray): string {
  const tag = open[2];
  if (tag) return `</${tag.toLowerCase()}>`;
  const head = line.slice(open[1].length);
  if (head.startsWith('<!--')) return '-->';
  if (head.startsWith('<?')) return '?>';
  if (head.startsWith('<![CDATA[')) return ']]>';
  return '>';
}

/**
 * Possible states after `line`, from `state`. An opener indented 1-3 spaces may sit in a list
 * item (then the next column-0 line closes it) or at top level (then only its closer does): both
 * readings are kept, and a split needs every reading to be outside.
 */
function next(state: State, line: string, into: Set<State>, inParagraph?: boolean): void {
  const column0 = line.length > 0 && !/\s/.test(line[0]);
  // An HTML block of CommonMark types 6 and 7 runs to the next blank line, taking a ``` line in it as
  // HTML, not as a fence: without this state such a line would be read as opening a fence.
  if (state === 'html-to-blank') {
    into.add(line.trim().length === 0 ? 'out' : state);
    return;
  }
  if (state !== 'out') {
    const [kind, marker, nested] = state.split(' ');
    const closed =
      kind === 'fence'
        ? new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`).test(line)
        : line.toLowerCase().includes(marker);
    if (closed) into.add('out');
    else if (nested === '1' && column0) next('out', line, into);
    else into.add(state);
    return;
  }
  const fence = FENCE_OPEN.exec(line);
  if (fence && !(fence[2][0] === '`' && fence[3].includes('`'))) {
    into.add(`fence ${fence[2]} 0`);
    if (fence[1].length > 0) into.add(`fence ${fence[2]} 1`);
    return;
  }
  const html = HTML_OPEN.exec(line);
  if (html) {
    const closer = htmlCloser(line, html);
    if (line.toLowerCase().includes(closer, html[1].length + 2)) into.add('out');
    else {
      into.add(`html ${closer} 0`);
      if (html[1].length > 0) into.add(`html ${closer} 1`);
    }
    return;
  }
  if (HTML_BLOCK_TAG.test(line)) {
    into.add('html-to-blank');
    return;
  }
  // A line of one other tag opens an HTML block too, unless it would interrupt a paragraph: where that
  // is not known, both readings are kept.
  if (HTML_ANY_TAG_LINE.test(line) && inParagraph !== true) into.add('html-to-blank');
  if (inParagraph !== false || !HTML_ANY_TAG_LINE.test(line)) into.add('out');
}

/**
 * Where the document may be split, and the labels it defines: a definition counts where every reading
 * of the lines before it is outside code and HTML, and a link definition only where it does not stand
 * right under a line of text (it cannot interrupt a paragraph; a footnote definition can).
 */
function scan(document: string): { points: number[]; defined: Defined } {
  const points: number[] = [];
  const defined: Defined = { footnotes: new Set(), links: new Set() };
  let states = new Set<State>(['out']);
  let lineStart = 0;
  // Front matter holds blank lines and column-0 lines of its own: start scanning after it.
  const matter = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\n\1[ \t]*(?:\r?\n|$)/.exec(document);
  if (matter) lineStart = matter[0].length;
  let previousBlank = false;
  let continues = false;
  let last = 0;
  while (lineStart < document.length) {
    const newline = document.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? document.length : newline;
    const line = document.slice(lineStart, lineEnd).replace(/\r$/, '');
    const blank = line.trim().length === 0;
    const outside = states.size === 1 && states.has('out');
    if (outside && previousBlank && !blank && lineStart - last >= CHUNK_TARGET && !/^\s|^(---|\+\+\+)/.test(line)) {
      points.push(lineStart);
      last = lineStart;
    }
    const definition = outside ? ONE_DEFINITION.exec(line) : null;
    if (definition?.[1]) defined.footnotes.add(normalize(definition[2]!));
    else if (definition && !continues) defined.links.add(normalize(definition[2]!));
    const after = new Set<State>();
    for (const state of states) next(state, line, after, outside ? continues : undefined);
    continues = outside && !definition && !blank && !STARTS_OWN_BLOCK.test(line);
    states = after;
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  return { points, defined };
}

interface Defined {
  footnotes: Set<string>;
  links: Set<string>;
}

/** Same folding as micromark-util-normalize-identifier, so labels compare as the parser compares them. */
function normalize(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
}

const BRACKETED = /\[(\^?)((?:[^\[\]\\\n]|\\.){1,999})\]/g;

const ONE_DEFINITION = /^ {0,3}\[(\^?)((?:[^\[\]\\\n]|\\.){1,999})\]:/;
/** Lines after which a new block may start at once: headings (and setext underlines), rules, fences. */
const STARTS_OWN_BLOCK = /^ {0,3}(?:#{1,6}(?:\s|$)|(?:[-*_][ \t]*){3,}$|=+[ \t]*$|`{3,}|~{3,})/;

function stubs(text: string, defined: Defined): string {
  const seen = new Set<string>();
  let out = '';
  for (const m of text.matchAll(BRACKETED)) {
    const label = normalize(m[2]);
    const key = m[1] + label;
    if (seen.has(key) || !(m[1] ? defined.footnotes : defined.links).has(label)) continue;
    seen.add(key);
    // Blank lines between stubs: a link definition cannot interrupt a footnote's paragraph.
    out += `\n\n[${m[1]}${m[2]}]: x`;
  }
  return out.length > 0 ? `\n${out}\n` : '';
}
