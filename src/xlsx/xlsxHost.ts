/**
 * The Host (src/hostInterface) over an exceljs workbook in memory: the CLI's and the web page's files.
 * Marks are remembered here, cell by cell as they were, so that clearMarks restores them exactly;
 * writing the workbook to a file is the caller's (never over the input without --force).
 */
import type ExcelJS from 'exceljs';
import type { Finding, WorkbookGrid } from '../engine';
import type { Host } from '../hostInterface';
import { TemplateError, type TemplateLayout } from '../template';
import { markFindingCells } from './markCells';
import { workbookToGrid } from './readXlsx';
import { writeTemplate } from './writeTemplate';

/** A marked cell as it was: its own style and note. */
interface CellBefore {
  cell: ExcelJS.Cell;
  style: Partial<ExcelJS.Style>;
  note: ExcelJS.Cell['note'];
}

export class XlsxHost implements Host {
  /** By sheet and address, the first time each cell was marked. */
  private readonly marked = new Map<string, CellBefore>();

  constructor(readonly workbook: ExcelJS.Workbook) {}

  async readGrids(): Promise<WorkbookGrid> {
    return workbookToGrid(this.workbook);
  }

  /** A sheet name already taken is refused: this host never replaces or renames a sheet. */
  async writeTemplate(layout: TemplateLayout): Promise<string[]> {
    // Excel compares sheet names without regard to case.
    const names = new Set(this.workbook.worksheets.map((sheet) => sheet.name.toLowerCase()));
    const taken = layout.sheets.find((sheet) => names.has(sheet.name.toLowerCase()));
    if (taken) throw new TemplateError(`工作簿中已有名为“${taken.name}”的工作表，模板未写入`);
    await writeTemplate(layout, this.workbook);
    return layout.sheets.filter((sheet) => sheet.form !== null).map((sheet) => sheet.name);
  }

  async markFindings(findings: Finding[]): Promise<number> {
    await this.clearMarks();
    return markFindingCells(this.workbook, findings, (cell) => {
      this.marked.set(`${cell.worksheet.name}!${cell.address}`, {
        cell,
        style: structuredClone(cell.style),
        note: cell.note,
      });
    });
  }

  async clearMarks(): Promise<number> {
    for (const { cell, style, note } of this.marked.values()) {
      cell.style = style;
      cell.note = note as ExcelJS.Comment;
    }
    const count = this.marked.size;
    this.marked.clear();
    return count;
  }
}
