/**
 * Marking findings' cells in an exceljs workbook: each cell filled by its worst severity, the
 * findings added to its note. annotate.ts marks its copies with it; xlsxHost.ts marks and clears.
 */
import type ExcelJS from 'exceljs';
import { findingNote, findingsByCell, SEVERITY_FILL, type Finding } from '../engine';
import { argb } from './tableSheet';

function existingNote(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/** A note line findingNote wrote: 【级别·规则名称】message [rule.id] (earlier copies: 【级别】). */
const EARLIER_FINDING_LINE = /^【(错误|警告|提示)(·[^】]*)?】.*\[[a-z0-9.-]+\]$/;

/** Marks every finding's cell found in the workbook; `beforeMarking` sees each cell as it was. Returns how many. */
export function markFindingCells(
  workbook: ExcelJS.Workbook,
  findings: Finding[],
  beforeMarking: (cell: ExcelJS.Cell) => void = () => undefined,
): number {
  let marked = 0;
  for (const { sheet: sheetName, row, col, findings: found } of findingsByCell(findings)) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) continue;
    // exceljs counts rows and columns from 1, the grid from 0.
    const cell = sheet.getCell(row + 1, col + 1);
    beforeMarking(cell);
    marked++;
    // exceljs shares one style object between cells loaded with the same style: give this cell its own.
    cell.style = {
      ...cell.style,
      fill: {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: argb(SEVERITY_FILL[found[0].severity]) },
      },
    };
    // The person's own note stays; lines an earlier annotate wrote are replaced by today's.
    const own = existingNote(cell)
      .split('\n')
      .filter((line) => line !== '' && !EARLIER_FINDING_LINE.test(line));
    cell.note = [...own, ...found.map(findingNote)].join('\n');
  }
  return marked;
}
