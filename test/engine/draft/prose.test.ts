import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clearParseCache, extractProse, ignoredLines, type ProseBlock } from '../../../server/src/engine/draft/prose';

const md = (document: string): ProseBlock[] => extractProse(document, 'markdown');
const allText = (blocks: ProseBlock[]): string => blocks.map((b) => b.text).join('\n¶\n');

/** Every occurrence of each word in the prose must map back onto exactly that word in the document. */
function assertMapsBack(document: string, blocks: ProseBlock[], words: string[]): void {
  for (const word of words) {
    let found = 0;
    for (const block of blocks) {
      for (let i = block.text.indexOf(word); i >= 0; i = block.text.indexOf(word, i + 1)) {
        const start = block.toDocumentOffset(i);
        const end = block.toDocumentOffset(i + word.length);
        assert.equal(document.slice(start, end), word, `"${word}" at ${i} of ${JSON.stringify(block.text)} -> [${start}, ${end})`);
        found++;
      }
    }
    assert.ok(found > 0, `"${word}" not found in prose ${JSON.stringify(allText(blocks))}`);
  }
}

function assertAbsent(blocks: ProseBlock[], needles: string[]): void {
  const text = allText(blocks);
  for (const needle of needles) assert.ok(!text.includes(needle), `"${needle}" leaked into prose: ${JSON.stringify(text)}`);
}

test('numbers in non-prose Markdown constructs never reach the prose', () => {
  const document = [
    '---',
    'date: 2023',
    'title: Budget 1999',
    '---',
    '',
    '# Budget review',
    '',
    'The council spent `700` on roads and read http://x/701 and www.example.com/702 and <http://x/703> too.',
    'See [the report](http://x/704 "title 705") and ![chart 706](img/707.png) or [ref][r] [^8].',
    'Inline <span title="709">markup</span> and <!-- note 710 --> comment.',
    '',
    '```js',
    'const total = 711;',
    '',
    'return 712;',
    '```',
    '',
    '    indented 713 code',
    '',
    '<div>',
    'block html 714',
    '</div>',
    '',
    '<!--',
    'hidden 715',
    '',
    'still hidden 716',
    '-->',
    '',
    '***',
    '',
    '[r]: http://x/717 "Title 718"',
    '[^8]: Source: Reuters, 2021, page 719.',
    '',
  ].join('\n');
  const blocks = md(document);
  assertAbsent(blocks, ['2023', '1999', '700', '701', '702', '703', '704', '705', '707', '8', '709', '710', '711', '712', '713', '714', '715', '716', '717', '718', '719', 'Reuters', 'http', '#', '---', '***', '[', ']']);
  assertMapsBack(document, blocks, ['Budget review', 'The council spent', 'on roads', 'the report', 'chart 706', 'ref', 'markup', 'comment']);
  assert.deepEqual(
    blocks.map((b) => b.kind),
    ['heading', 'paragraph'],
  );
});

test('TOML front matter is skipped, and a footnote definition yields no block', () => {
  const document = '+++\r\ndate = 2023\r\n+++\r\n\r\nKosovo declared independence in 2008.[^1]\r\n\r\n[^1]: BBC 2009\r\n';
  const blocks = md(document);
  assert.deepEqual(blocks.map((b) => b.text), ['Kosovo declared independence in 2008.']);
  assertMapsBack(document, blocks, ['Kosovo', '2008', 'independence in 2008.']);
});

test('link text is prose and maps exactly, the URL is not', () => {
  const document = 'Prime minister [Albin Kurti](https://x.org/Kurti). He won **2021** votes; [Vjosa *Osmani*][vo] too.\n\n[vo]: https://x.org/700\n';
  const [block] = md(document);
  assert.equal(block.text, 'Prime minister Albin Kurti. He won 2021 votes; Vjosa Osmani too.');
  assertMapsBack(document, [block], ['Albin Kurti', 'Albin', 'Kurti', '2021', 'Vjosa', 'Osmani', 'He won', 'votes;']);
  assertAbsent([block], ['x.org', '700']);
});

test('end offsets at removed markup land just after the last character', () => {
  const document = 'It was **Kosovo**. In *2008*, [Pristina](http://x) and ~~Serbia~~! (**Belgrade**)';
  const [block] = md(document);
  assert.equal(block.text, 'It was Kosovo. In 2008, Pristina and Serbia! (Belgrade)');
  assertMapsBack(document, [block], ['Kosovo', '2008', 'Pristina', 'Serbia', 'Belgrade', 'It was']);
  // A whole sentence ending at its period maps to a span ending at that period.
  const end = block.text.indexOf('.') + 1;
  assert.equal(document.slice(block.toDocumentOffset(0), block.toDocumentOffset(end)), 'It was **Kosovo**.');
});

test('inline code becomes one space mapped onto the code span; footnote refs and HTML vanish', () => {
  const document = 'It costs`x = 5`700 euros[^n] in<b>total</b>.\n\n[^n]: note';
  const [block] = md(document);
  assert.equal(block.text, 'It costs 700 euros intotal.');
  const space = block.text.indexOf(' 700');
  assert.equal(block.toDocumentOffset(space), document.indexOf('`'));
  assert.equal(document.slice(block.toDocumentOffset(space), block.toDocumentOffset(space + 1)), '`x = 5`');
  assertMapsBack(document, [block], ['costs', '700 euros', 'euros', 'total']);
});

test('bare URLs and e-mails are skipped, even where the GFM transform leaves nodes without positions', () => {
  const document = 'Kosovo (https://x.org/700) and “www.x.com/701”, then [Kurti](y)www.z.com/702 and a@b.com said 5, é:https://r.io/704 ok.';
  const [block] = md(document);
  assertAbsent([block], ['700', '701', '702', '704', 'x.com', 'a@b']);
  assertMapsBack(document, [block], ['Kosovo', 'and', 'then', 'Kurti', 'said 5,', 'ok.']);
  for (let i = 1; i <= block.text.length; i++) assert.ok(block.toDocumentOffset(i) >= block.toDocumentOffset(i - 1));
});

test('offsets are UTF-16 and exact after emoji, combining characters and CJK', () => {
  const document = '# Family 👩‍👩‍👧 of 3\n\nThe café in Prishtinë 🇽🇰 has 👍🏽 12 seats. Ле́в 2022 東京 4.5 million.\n';
  const blocks = md(document);
  assert.equal(blocks[0].kind, 'heading');
  assert.equal(blocks[0].text, 'Family 👩‍👩‍👧 of 3');
  assertMapsBack(document, blocks, ['Family', '👩‍👩‍👧', 'of 3', 'café', 'Prishtinë', '🇽🇰', '12 seats', 'Ле́в', '2022', '東京', '4.5 million.']);
});

test('escapes and entities read decoded, and map onto their source form', () => {
  const document = 'AT&amp;T paid \\*5\\* &euro;30 &#169; 2020 &copy; Kosovo\\_Online &#x1F600; and &bogus; plus 3\\\\4.\n';
  const [block] = md(document);
  assert.equal(block.text, 'AT&T paid *5* €30 © 2020 © Kosovo_Online 😀 and &bogus; plus 3\\4.');
  assertMapsBack(document, [block], ['paid', '5', '30', '2020', 'Kosovo', 'Online', 'and &bogus; plus 3']);
  const slice = (from: number, to: number): string => document.slice(block.toDocumentOffset(from), block.toDocumentOffset(to));
  const at = (s: string): number => block.text.indexOf(s);
  assert.equal(slice(0, 4), 'AT&amp;T');
  assert.equal(slice(at('*5*'), at('*5*') + 3), '\\*5\\*');
  assert.equal(slice(at('€30'), at('€30') + 3), '&euro;30');
  assert.equal(slice(at('😀'), at('😀') + 2), '&#x1F600;');
  assert.equal(slice(at('3\\4'), at('3\\4') + 3), '3\\\\4');
});

test('CRLF documents: soft breaks stay, no \\r ends a block, offsets exact', () => {
  const document = '## Kosovo 2008\r\n\r\nFirst line of 12\r\nsecond line 13\r\n\r\n- item 1 \r\n  lazy 2\r\n\r\nEnd.\r\n';
  const blocks = md(document);
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.text]),
    [
      ['heading', 'Kosovo 2008'],
      ['paragraph', 'First line of 12\r\nsecond line 13'],
      ['listItem', 'item 1\r\nlazy 2'],
      ['paragraph', 'End.'],
    ],
  );
  assertMapsBack(document, blocks, ['Kosovo 2008', '12', 'second', '13', 'item 1', 'lazy 2', 'End.']);
});

test('hard breaks end the line like a blank line and keep their line ending', () => {
  const document = 'one 1  \ntwo 2\\\nthree 3';
  const [block] = md(document);
  assert.equal(block.text, 'one 1\n\ntwo 2\n\nthree 3');
  assertMapsBack(document, [block], ['one 1', 'two 2', 'three 3']);
});

test('an image\'s alt text is prose of its own, mapped onto the brackets; its URL is not', () => {
  const document = '![NATO soldiers guard the town hall in Leposavic, 2023](https://x/700.jpg)\nThe mayor works from home.\n\n![][ref]\n\n[ref]: https://x/701.jpg';
  const blocks = md(document);
  assert.equal(blocks.length, 1);
  assert.match(blocks[0].text, /^NATO soldiers guard the town hall in Leposavic, 2023\n\n+The mayor works from home\.$/);
  assertAbsent(blocks, ['700', '701', 'https']);
  assertMapsBack(document, blocks, ['NATO', 'Leposavic', '2023', 'The mayor']);
});

test('a bold line above the paragraph\'s text is a run-in heading: it ends its line like a hard break', () => {
  const document = '**Diplomacy in Chisinau**\nEmmanuel Macron and Olaf Scholz met.\n\nA **bold** word\nin running text.';
  const blocks = md(document);
  assert.equal(blocks[0].text, 'Diplomacy in Chisinau\n\nEmmanuel Macron and Olaf Scholz met.');
  // Bold inside a line is only emphasis: its soft line break stays a space in the sentence.
  assert.equal(blocks[1].text, 'A bold word\nin running text.');
  assertMapsBack(document, blocks, ['Chisinau', 'Emmanuel Macron', 'bold']);
});

test('block quotes and nested lists: no markers, indents or > in the text', () => {
  const document = [
    '> Kurti said 50 percent',
    '> of voters > agreed.',
    '>',
    '> > Nested quote 7',
    '',
    '1. First 100',
    '   continued 101',
    '   - nested 102',
    '     more 103',
    '     1) deep 104',
    '- [x] done 105',
    '- [ ] x marks 106',
    '',
  ].join('\n');
  const blocks = md(document);
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.text]),
    [
      ['blockquote', 'Kurti said 50 percent\nof voters > agreed.'],
      ['blockquote', 'Nested quote 7'],
      ['listItem', 'First 100\ncontinued 101'],
      ['listItem', 'nested 102\nmore 103'],
      ['listItem', 'deep 104'],
      ['listItem', 'done 105'],
      ['listItem', 'x marks 106'],
    ],
  );
  assertMapsBack(document, blocks, ['Kurti', '50 percent', 'of voters > agreed.', 'Nested quote 7', 'continued 101', 'more 103', 'deep 104', 'done 105', 'x marks 106']);
});

test('an escaped > at the start of a quoted line is text, not the quote marker', () => {
  const document = '> a &gt; b\n> \\> c\n';
  const [block] = md(document);
  assert.equal(block.text, 'a > b\n> c');
  const i = block.text.indexOf('> c');
  assert.equal(document.slice(block.toDocumentOffset(i), block.toDocumentOffset(i + 3)), '\\> c');
});

test('table cells are blocks of their own, pipes and alignment rows are not prose', () => {
  const document = '| Party | Seats |\n|:---|---:|\n| Vetëvendosje | 58 |\n| PDK \\| LDK | **24** |\n';
  const blocks = md(document);
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.text]),
    [
      ['tableCell', 'Party'],
      ['tableCell', 'Seats'],
      ['tableCell', 'Vetëvendosje'],
      ['tableCell', '58'],
      ['tableCell', 'PDK | LDK'],
      ['tableCell', '24'],
    ],
  );
  assertMapsBack(document, blocks, ['Party', 'Seats', 'Vetëvendosje', '58', 'PDK', 'LDK', '24']);
});

test('headings: ATX closing marks and setext underlines are not prose', () => {
  const document = '## Kosovo 2008 ##\n\nElection 2021\n=============\n';
  const blocks = md(document);
  assert.deepEqual(blocks.map((b) => [b.kind, b.text]), [['heading', 'Kosovo 2008'], ['heading', 'Election 2021']]);
  assertMapsBack(document, blocks, ['Kosovo 2008', 'Election 2021']);
});

test('a BOM does not shift offsets', () => {
  const document = '\uFEFF# Title 1\n\nKosovo 2008 and `x` Serbia.';
  const blocks = md(document);
  assertMapsBack(document, blocks, ['Title 1', 'Kosovo 2008', 'Serbia.']);
});

test('block text is trimmed, never empty, and offsets clamp', () => {
  assert.deepEqual(md(''), []);
  assert.deepEqual(md('\n\n   \n'), []);
  assert.deepEqual(md('`700`\n\n![](b)\n\n<!-- x -->\n\n[^1]\n\n[^1]: y'), []);
  const document = '`code` Kosovo  \n';
  const [block] = md(document);
  assert.equal(block.text, 'Kosovo');
  assert.equal(block.toDocumentOffset(0), document.indexOf('Kosovo'));
  assert.equal(block.toDocumentOffset(6), document.indexOf('Kosovo') + 6);
  assert.equal(block.toDocumentOffset(-3), block.toDocumentOffset(0));
  assert.equal(block.toDocumentOffset(99), block.toDocumentOffset(6));
});

test('ignore directives drop the next line, a disabled region, or words inside one paragraph', () => {
  const document = [
    'Kept 1.', //                                         0
    '<!-- factcheck-ignore-next-line -->', //             1
    '', //                                                2
    'Ignored 700 line.', //                               3
    'Following 2 line.', //                               4
    '', //                                                5
    '<!-- factcheck-disable -->', //                      6
    '', //                                                7
    'Quoted 701 text.', //                                8
    '', //                                                9
    '- quoted 702 item', //                               10
    '', //                                                11
    '<!-- factcheck-enable -->', //                       12
    '', //                                                13
    'Back 3 <!-- factcheck-disable --> hidden 703 <!-- factcheck-enable --> again 4.', // 14
    '', //                                                15
    '```', //                                             16
    '<!-- factcheck-disable -->', //                      17
    '```', //                                             18
    '', //                                                19
    'Still checked 5.', //                                20
    '', //                                                21
    '> <!-- factcheck-ignore-next-line -->', //           22
    '> Quote 704.', //                                    23
    '', //                                                24
    '<!-- factcheck-disable: quoted material -->', //     25
    'Unterminated 705.', //                               26
  ].join('\n');
  const blocks = md(document);
  assertAbsent(blocks, ['700', '701', '702', '703', '704', '705', 'hidden', 'Ignored', 'Quoted', 'Unterminated']);
  assertMapsBack(document, blocks, ['Kept 1.', 'Following 2 line.', 'Back 3', 'again 4.', 'Still checked 5.']);
  assert.deepEqual([...ignoredLines(document)].sort((a, b) => a - b), [3, 7, 8, 9, 10, 11, 23, 26]);
});

test('plaintext: paragraphs split on blank or whitespace-only lines, CRLF safe, identity map', () => {
  const document = 'First para 1\r\nstill first `700`\r\n  \r\n\r\n  Second [link](http://x/2) para  \r\n\t\r\nThird 3\r\n';
  const blocks = extractProse(document, 'plaintext');
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.text]),
    [
      ['paragraph', 'First para 1\r\nstill first `700`'],
      ['paragraph', 'Second [link](http://x/2) para'],
      ['paragraph', 'Third 3'],
    ],
  );
  for (const block of blocks) {
    assert.ok(!block.text.endsWith('\r'));
    const start = block.toDocumentOffset(0);
    assert.equal(document.slice(start, block.toDocumentOffset(block.text.length)), block.text);
    for (let i = 0; i <= block.text.length; i++) assert.equal(block.toDocumentOffset(i), start + i);
  }
});

test('plaintext: a directive alone on its line works and is itself dropped', () => {
  const document = 'Kept 1\n<!-- factcheck-ignore-next-line -->\nDropped 700\nKept 2\n\nAlso kept 3';
  const blocks = extractProse(document, 'plaintext');
  assertAbsent(blocks, ['700', 'factcheck']);
  assertMapsBack(document, blocks, ['Kept 1', 'Kept 2', 'Also kept 3']);
  assert.deepEqual([...ignoredLines(document, 'plaintext')], [1, 2]);
});

test('a large document parses in pieces with the same prose as its parts', () => {
  const section = (n: number): string =>
    [
      `## Section ${n}`,
      '',
      `> Quote ${n} by [Albin Kurti](https://x.org/${n}).[^a]`,
      '',
      `- item ${n}`,
      `- see [report][r] and [^b]`,
      '',
      '```',
      'code 700',
      '',
      'code 701',
      '```',
      '',
      '<!--',
      'comment 702',
      '',
      'comment 703',
      '-->',
      '',
      `Paragraph ${n} &amp; more \\* text.`,
      '',
    ].join('\n');
  const definitions = '\n[r]: http://x/704\n\n[^a]: Note 705\n\n[^b]: Note 706\n';
  const small = section(1) + definitions;
  const expected = md(small).map((b) => [b.kind, b.text.replace(/1/g, '#')]);
  let document = '';
  let count = 0;
  while (document.length < 100_000) document += section(1 + (count++ % 9));
  document += definitions;
  const blocks = md(document);
  assert.equal(blocks.length, expected.length * count);
  blocks.forEach((b, i) => assert.deepEqual([b.kind, b.text.replace(/[1-9]/g, '#')], expected[i % expected.length]));
  assertAbsent(blocks, ['700', '701', '702', '703', '704', '705', '706', '[^', '[r]', ']']);
  assertMapsBack(document, blocks.slice(-40), ['Albin Kurti', 'Quote', 'report', 'Paragraph', 'more']);
});

test('a 2 MB Markdown document and a 100 KB single line finish', () => {
  const prose = 'Kosovo declared independence from Serbia in 2008, and about 1,700 people attended the ceremony in Pristina that day. ';
  const paragraph = `In 2008 **Kosovo** declared [independence](https://x.org/a) and \`code\` 1,700 people &amp; more. ${prose.repeat(6)}\n> quoted 12\n\n- item 3\n\n`;
  const document = paragraph.repeat(Math.ceil(2_000_000 / paragraph.length));
  const blocks = md(document);
  assert.equal(blocks.length, 3 * Math.ceil(2_000_000 / paragraph.length));
  assertAbsent(blocks.slice(-3), ['https', 'code']);
  assertMapsBack(document, blocks.slice(-3), ['Kosovo', 'independence', '1,700', 'quoted 12', 'item 3']);

  const line = 'Kosovo had 1,800,000 people in 2011 and *Serbia* [7 million](http://x). '.repeat(1500);
  const [block] = md(line);
  assert.ok(line.length > 100_000);
  const last = block.text.lastIndexOf('7 million');
  assert.equal(line.slice(block.toDocumentOffset(last), block.toDocumentOffset(last + 9)), '7 million');

  assert.equal(extractProse(document, 'plaintext').length, 2 * Math.ceil(2_000_000 / paragraph.length));
});

test('after an edit in one paragraph of a long draft, its prose is what a fresh parse of the new text gives', () => {
  const paragraph = (n: number) => `Paragraph ${n}: NATO sent 700 troops to [Kosovo](https://x.org/${n}) and **Pristina**.[^n]\n\n> A quote ${n} with \`code 9\`.\n\n`;
  let document = '';
  for (let n = 0; document.length < 20_000; n++) document += paragraph(n);
  document += '[^n]: A note 12.\n';
  const dump = (blocks: ReturnType<typeof md>) => blocks.map((b) => [b.kind, b.text, b.toDocumentOffset(0), b.toDocumentOffset(b.text.length)]);
  md(document); // the pieces of the first text are now remembered
  const at = document.indexOf('Paragraph 40:');
  for (const edited of [document.slice(0, at) + 'X' + document.slice(at), document.slice(0, at) + document.slice(at + 1), document.replace('Paragraph 40: NATO', 'Paragraph 40:\n\n# NATO')]) {
    const incremental = dump(md(edited));
    clearParseCache();
    assert.deepEqual(incremental, dump(md(edited)));
  }
});

test('a long draft is split only where the whole parse has a block boundary: fence lines inside HTML, definitions inside code', () => {
  const filler = (word: string) => `${word} paragraph about 900 troops in Kosovo.\n\n`.repeat(60);
  // "</div>" opens an HTML block that runs to the blank line, so its ``` line is HTML, and the closing
  // ``` further down opens a fence that runs to the end: nothing after it is prose.
  const swallowed = `<div>\n\nx\n\n</div>\n\`\`\`\nA 700\n\nB 800\n\`\`\`\n\n${filler('Code')}`;
  const texts = md(swallowed).map((b) => b.text);
  assert.ok(texts.includes('B 800'));
  assert.ok(!texts.some((t) => t.startsWith('Code')), 'the unclosed fence holds the rest');
  // A footnote definition inside code defines nothing, so the call stays as written; one outside does.
  const inCode = `Intro[^n] 12.\n\n${filler('Body')}\`\`\`\n[^n]: not a note\n\`\`\`\n`;
  assert.equal(md(inCode)[0]!.text, 'Intro[^n] 12.');
  const outside = `Intro[^n] 12.\n\n${filler('Body')}Last line\n[^n]: a note 13\n`;
  assert.equal(md(outside)[0]!.text, 'Intro 12.');
});

test('plaintext: paragraph numbers and bullets heading a line are not text; offsets stay exact', () => {
  const document = 'SITUATION REPORT\n\n1. Overview. Turnout was 3.47%.\n2) Incidents on Monday.\n- 52 Serbs hurt\n• Kurti spoke\n2023. A year.';
  const blocks = extractProse(document, 'plaintext');
  assert.deepEqual(blocks.map((b) => b.text), ['SITUATION REPORT', 'Overview. Turnout was 3.47%.\n Incidents on Monday.\n 52 Serbs hurt\n Kurti spoke\n2023. A year.']);
  const body = blocks[1]!;
  const at = (s: string) => body.toDocumentOffset(body.text.indexOf(s));
  for (const s of ['Overview', '3.47%', 'Incidents', '52', 'Kurti', '2023']) assert.equal(document.slice(at(s), at(s) + s.length), s);
});
