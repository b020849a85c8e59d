/**
 * The hand-written scanner of a sheet part's cells (src/formats/sheetCells.ts) reads what Excel
 * and LibreOffice read from the odd XML other writers and damage produce, in its loop for the
 * usual layout, in its general walk, and where the one hands over to the other.
 */
import { toA1 } from '../../src/engine/grid';
import { readSpreadsheet } from '../../src/formats';
import { worksheetXml, xlsxPackage } from './packages';

/** The filled cells of the only sheet, as [address, value] in reading order. */
async function cellsOf(sheetData: string, after = ''): Promise<[string, unknown][]> {
  const { book } = await readSpreadsheet(
    xlsxPackage([{ name: '表1', xml: worksheetXml(sheetData, after) }]),
  );
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
