/**
 * The hand-written scanner of a sheet part's cells (src/formats/sheetCells.ts) reads what Excel
 * and LibreOffice read from the odd XML other writers and damage produce, in its loop for the
 * usual layout, in its general walk, and where the one hands over to the other.
 */
import { toA1 } from '../../src/engine/grid';
import { readSpreadsheet } from '../../src/formats';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { worksheetXml, xlsxParts } from './packages';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRINGS_TYPE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';

/**
 * The filled cells of the only sheet, as [address, value] in reading order; `sharedStrings`: the
 * items of a shared-strings part the package then has.
 */
async function cellsOf(
  sheetData: string,
  after = '',
  sharedStrings?: string,
): Promise<[string, unknown][]> {
  const parts = xlsxParts([{ name: '表1', xml: worksheetXml(sheetData, after) }]);
  if (sharedStrings !== undefined) {
    parts['xl/sharedStrings.xml'] = strToU8(`<sst xmlns="${MAIN}">${sharedStrings}</sst>`);
    parts['xl/_rels/workbook.xml.rels'] = strToU8(
      strFromU8(parts['xl/_rels/workbook.xml.rels']).replace(
        '</Relationships>',
        `<Relationship Id="rIdStrings" Type="${STRINGS_TYPE}" Target="sharedStrings.xml"/></Relationships>`,
      ),
    );
  }
  const { book } = await readSpreadsheet(zipSync(parts));
  const cells: [string, unknown][] = [];
  book.sheets[0].rows.forEach((line, row) =>
    line.forEach((value, col) => {
      if (value !== undefined && value !== null) cells.push([toA1(row, col), value]);
    }),
  );
  return cells;
}

it.each<[string, string, [string, unknown][]]>([
  [
    'reads tags with a namespace prefix',
    '<x:row r="2"><x:c r="B2"><x:v>5</x:v></x:c></x:row>',
    [['B2', 5]],
  ],
  [
    'reads single quotes and spaces around "="',
    `<row r = '3'><c r= 'C3' t ='str'><v>文本</v></c></row>`,
    [['C3', '文本']],
  ],
  [
    'reads tabs between attributes',
    '<row\tr="1"><c\tr="A1"\tt="str"><v>x</v></c></row>',
    [['A1', 'x']],
  ],
  [
    'places cells and rows without references after the one before',
    '<row r="1"><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>',
    [
      ['A1', 1],
      ['B1', 2],
      ['A2', 3],
    ],
  ],
  [
    'counts a self-closing styled blank as a column',
    '<row r="1"><c r="A1" s="1"/><c s="1"/><c><v>9</v></c></row>',
    [['C1', 9]],
  ],
  [
    'places a cell without a reference after a self-closing one that has it',
    '<row r="1"><c r="C1" s="1"/><c><v>5</v></c></row>',
    [['D1', 5]],
  ],
  [
    'counts a row without a number after the row a self-closing cell named',
    '<row r="1"><c r="A3" s="1"/></row><row><c r="B"><v>1</v></c></row>',
    [['B4', 1]],
  ],
  [
    'ends a cell left open at the next cell',
    '<row r="1"><c r="A1"><v>1</v><c r="B1"><v>2</v></c></row>',
    [
      ['A1', 1],
      ['B1', 2],
    ],
  ],
  [
    "reads a formula's cached value, and a formula without one as blank",
    '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>A1</f></c></row>',
    [['A1', 2]],
  ],
  [
    'joins the runs of an inline string',
    '<row r="1"><c r="A1" t="inlineStr"><is><r><t>甲</t></r><r><t>乙</t></r></is></c></row>',
    [['A1', '甲乙']],
  ],
  [
    'skips tags that only begin like a cell or a row',
    '<row r="1"><cc r="A1"><v>1</v></cc><rows/><c r="B1"><v>2</v></c></row>',
    [['B1', 2]],
  ],
  [
    'reads a prefixed value tag, an empty type, leading zeros and a boolean',
    '<row r="007"><c r="A7"><x:v>4</x:v></c><c r="B7" t=""><v>6</v></c><c r="C7" t="b"><v>1</v></c></row>',
    [
      ['A7', 4],
      ['B7', 6],
      ['C7', true],
    ],
  ],
  [
    'takes the next reference in a tag where the first is not one',
    '<row r="1"><c r="A1x" r="D1"><v>8</v></c></row>',
    [['D1', 8]],
  ],
  [
    'keeps the row and the blanks left unplaced where a usual layout turns unusual',
    '<row r="2"><c r="A2" s="1"/><c r="B2" s="1"/><c><v>7</v></c></row><row><c r="D"><v>8</v></c></row>',
    [
      ['C2', 7],
      ['D3', 8],
    ],
  ],
  [
    'reads on after a prefixed tag among usual ones',
    '<row r="1"><c r="A1"><v>1</v></c></row><x:row r="2"><x:c r="A2"><x:v>2</x:v></x:c></x:row><row r="3"><c r="A3"><v>3</v></c></row>',
    [
      ['A1', 1],
      ['A2', 2],
      ['A3', 3],
    ],
  ],
  [
    'reads a part written with white space between its tags',
    '<row r="1">\n  <c r="A1" s="2">\n    <v>4</v>\n  </c>\n  <c r="B1"></c>\n</row>',
    [['A1', 4]],
  ],
  [
    'reads formulas as Excel and LibreOffice write them, shared or not, by their cached values',
    '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1+1</f><v>2</v></c><c r="B1"><f t="shared" si="0"/><v>3</v></c><c r="C1"><f aca="false">1+1</f><v>4</v></c></row><row r="2"><c r="A2"><v>5</v></c></row>',
    [
      ['A1', 2],
      ['B1', 3],
      ['C1', 4],
      ['A2', 5],
    ],
  ],
  [
    'reads a value that is not a number as blank',
    '<row r="1"><c r="A1"><v>abc</v></c><c r="B1"><v> </v></c></row>',
    [],
  ],
])('%s', async (_, sheetData, expected) => {
  expect(await cellsOf(sheetData)).toEqual(expected);
});

it('reads no cell written after </sheetData>', async () => {
  expect(
    await cellsOf('<row r="1"><c r="A1"><v>1</v></c></row>', '<c r="Z9"><v>2</v></c>'),
  ).toEqual([['A1', 1]]);
});

it('stops at a tag that never closes, keeping the cells before it', async () => {
  expect(await cellsOf('<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="str"')).toEqual([['A1', 1]]);
});

it('reads shared strings written otherwise after usual ones, and the usual ones after them', async () => {
  const items =
    '<si><t>甲</t></si><si><r><t>乙</t></r><r><t>丙</t></r></si><si><t>丁</t></si>' +
    '<x:si><x:t>戊</x:t></x:si><si><t xml:space="preserve"> 己 </t></si><si><t>庚</t></si>';
  const cells = [0, 1, 2, 3, 4, 5].map(
    (index) => `<c r="${'ABCDEF'[index]}1" t="s"><v>${index}</v></c>`,
  );
  expect(await cellsOf(`<row r="1">${cells.join('')}</row>`, '', items)).toEqual([
    ['A1', '甲'],
    ['B1', '乙丙'],
    ['C1', '丁'],
    ['D1', '戊'],
    ['E1', ' 己 '],
    ['F1', '庚'],
  ]);
});
