/** Print-ready forms: page breaks never leave a page starting with a blank 一级, signature blocks where asked, blank formula cells. */
import { fromA1, parseRange } from '../../src/engine/grid';
import { builtinProfile } from '../../src/engine/profiles/builtins';
import type { Profile } from '../../src/engine/profiles/types';
import { describeTemplate } from '../../src/template';
import type { SheetLayout } from '../../src/template/layout';
import { formSheet, labelCell } from './helpers';

const mof = builtinProfile('mof-2021')!;
const hubei = builtinProfile('hubei-department')!;

/** The text printed in column A at each page's first indicator row (a 一级 label, or the merge it lies in). */
function level1AtPageStarts(sheet: SheetLayout): (string | undefined)[] {
  const headerRow = parseRange(`A${sheet.print!.repeatRows.split(':')[0]}`)!.top;
  return sheet.print!.rowBreaks.map((row) => {
    const first = row - 1;
    if (first <= headerRow) return undefined;
    const merge = sheet.merges
      .map((range) => parseRange(range)!)
      .find((range) => range.left === 0 && range.top <= first && first <= range.bottom);
    const top = merge ? merge.top : first;
    if (top !== first) return '';
    return String(
      sheet.cells.find(
        (cell) => fromA1(cell.address)!.row === first && fromA1(cell.address)!.col === 0,
      )?.value ?? '',
    );
  });
}

describe.each([
  ['项目表（mof-2021）', 'project', mof],
  ['部门表（hubei-department）', 'department', hubei],
  ['项目表，每个二级 12 行', 'project', { ...mof, level3RowsPerLevel2: 12 }],
  ['部门表，每个二级 15 行', 'department', { ...hubei, level3RowsPerLevel2: 15 }],
] as const)('%s', (_name, kind, profile: Profile) => {
  const sheet = formSheet(describeTemplate({ kind, year: 2027, profile }), kind);

  it('breaks pages only where a 一级 label starts the page', () => {
    const starts = level1AtPageStarts(sheet);
    expect(starts.length).toBeGreaterThan(0);
    const names = profile.hierarchy.map((node) => node.name);
    for (const label of starts) if (label !== undefined) expect(names).toContain(label);
  });

  it('prints the signature block only when the profile asks for it', () => {
    const signature = sheet.cells.find((cell) => cell.value === '单位（盖章）：');
    expect(signature !== undefined).toBe(profile.signatureBlock);
    if (signature) {
      const printed = parseRange(sheet.print!.printArea)!;
      expect(fromA1(signature.address)!.row).toBeLessThanOrEqual(printed.bottom);
      expect(fromA1(signature.address)!.row).toBeGreaterThan(
        fromA1(labelCell(sheet, '填报人').address)!.row,
      );
    }
  });

  it('gives every formula cell a number format that prints zero as nothing', () => {
    for (const cell of sheet.cells.filter((candidate) => candidate.formula !== undefined)) {
      expect(typeof cell.result).toBe('number');
      expect(cell.numberFormat).toMatch(/;$/);
    }
  });
});

it('cuts a 一级 block taller than a page at a 二级, its label repeated below the cut', () => {
  const tall = { ...mof, level3RowsPerLevel2: 12 };
  const sheet = formSheet(
    describeTemplate({ kind: 'project', year: 2027, profile: tall }),
    'project',
  );
  const labels = sheet.cells.filter(
    (cell) => cell.value === '效益指标' && fromA1(cell.address)!.col === 0,
  );
  expect(labels.length).toBeGreaterThan(1);
});
