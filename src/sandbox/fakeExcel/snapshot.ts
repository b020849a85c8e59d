/**
 * The simulated workbook as plain JSON: what the sandbox saves, reopens and loads from an .xlsx.
 * Addresses are A1 on their sheet; absent properties mean Excel's defaults (no fill, no note, unlocked = false).
 */
import type { CellValue } from '../../engine';

export interface CellSnapshot {
  value: CellValue;
  formula?: string;
  /** Fill colour "#RRGGBB"; absent: no fill. */
  fill?: string;
  note?: string;
  numberFormat?: string;
  /** Excel's default is locked; only false is written. */
  locked?: boolean;
}

export interface ValidationSnapshot {
  /** A1 range the rule applies to. */
  range: string;
  type: 'list' | 'decimal' | 'whole' | 'textLength';
  /** A list's source ("a,b,c", "=名称", "=INDIRECT(...)"), or the bound of a number or length rule. */
  source: string;
  /** For number and length rules: Excel's operator ("GreaterThanOrEqualTo"…). */
  operator?: string;
}

export interface NamedItemSnapshot {
  name: string;
  /** A formula such as "=Sheet!$A$1:$A$3". */
  formula: string;
}

/** Excel.SheetVisibility's values. */
export type SheetVisibility = `${Excel.SheetVisibility}`;

export interface SheetSnapshot {
  name: string;
  /** Stable id (Excel keeps it across renames). */
  id?: string;
  visibility: SheetVisibility;
  cells: Record<string, CellSnapshot>;
  /** Merged areas as A1 ranges ("A1:H1"). */
  merges: string[];
  validations: ValidationSnapshot[];
  protected?: boolean;
  /** Column widths by letter, in Excel's character units. */
  columnWidths?: Record<string, number>;
  /** Absent: gridlines shown, as in a new sheet. */
  showGridlines?: boolean;
  /** Print settings set through Excel.PageLayout; absent ones are Excel's defaults. */
  pageSetup?: PageSetupSnapshot;
  /** Manual horizontal page breaks, in row order (Excel.PageBreak). */
  rowBreaks?: PageBreakSnapshot[];
}

/** Excel.PageLayout's settings, by their Office.js names; margins in points. */
export interface PageSetupSnapshot {
  paperSize?: `${Excel.PaperType}`;
  orientation?: `${Excel.PageOrientation}`;
  zoom?: Excel.PageLayoutZoomOptions;
  centerHorizontally?: boolean;
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  /** Address as given to setPrintArea ("A1:H40"). */
  printArea?: string;
  /** Rows as given to setPrintTitleRows ("$12:$12"). */
  printTitleRows?: string;
  leftFooter?: string;
  centerFooter?: string;
  rightFooter?: string;
}

/** A manual page break: the zero-based row and column of the first cell after it. */
export interface PageBreakSnapshot {
  rowIndex: number;
  columnIndex: number;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names?: NamedItemSnapshot[];
  selection: { sheet: string; address: string } | null;
}

export function emptySnapshot(): WorkbookSnapshot {
  return {
    sheets: [{ name: 'Sheet1', visibility: 'Visible', cells: {}, merges: [], validations: [] }],
    selection: null,
  };
}
