/**
 * A template as plain data: every host (exceljs for .xlsx files, Office.js for the open
 * workbook) writes the same description, so the two never drift apart. Addresses are A1 as
 * Excel shows them; formulas and validation sources start with "=" as typed in Excel.
 */
import type { FormKind, Profile } from '../engine';

/** The look of a cell, named once in `TemplateLayout.styles` and referred to by key. */
export type StyleKey =
  | 'title'
  | 'subtitle'
  | 'caption'
  | 'label'
  | 'tableHeader'
  /**
   * 一级/二级 names, merged down their rows: top-aligned, so that a page break through the
   * merge does not cut the name in half.
   */
  | 'level'
  /** Short centred inputs (计算符号, 计量单位, drop-down fields). */
  | 'choice'
  | 'input'
  /** Long text (targets, descriptions): top-left aligned. */
  | 'longText'
  | 'number'
  /** Tool sheets (lists, profile): plain, unbordered. */
  | 'plain'
  /** The 单位（盖章）/负责人/日期 line under a form: unbordered, left-aligned. */
  | 'signature';

export interface CellStyle {
  font: { name: string; size: number; bold: boolean };
  horizontal: 'left' | 'center' | 'right';
  vertical: 'top' | 'middle';
  wrap: boolean;
  /** Indent levels from the aligned edge, so text does not touch the ruling. */
  indent: number;
  /** A thin border on all four sides (the printed forms are ruled tables). */
  border: boolean;
}

export interface LayoutCell {
  /** Top-left cell of a merge where the cell is merged. */
  address: string;
  /** Absent: the cell is left blank (an input to fill). */
  value?: string | number;
  /** "=D8+D9"; `result` is the value it computes in the template as generated. */
  formula?: string;
  result?: number;
  style: StyleKey;
  /** Labels and formulas are locked, inputs unlocked: protecting leaves only inputs editable. */
  locked: boolean;
  numberFormat?: string;
}

export interface ColumnLayout {
  column: string;
  /** Excel character units. */
  width: number;
}

export interface RowLayout {
  /** 1-based, as Excel shows it. */
  row: number;
  /** Points. */
  height: number;
}

export type ValidationRule =
  /** `source` is "=name" or "=INDIRECT(...)": lists live on the lists sheet, reached by defined names. */
  | { type: 'list'; source: string }
  | { type: 'decimal'; min: number }
  | { type: 'whole'; min: number }
  | { type: 'textLength'; max: number }
  /** No restriction: the validation only carries an input prompt. */
  | { type: 'any' };

export interface LayoutValidation {
  /** Bounded to the form ("A12:A33"), never whole columns. */
  range: string;
  rule: ValidationRule;
  /** Shown when the cell is selected. Excel limits: title 32, text 255 characters. */
  prompt: { title: string; text: string } | null;
  /** Shown on an entry the rule refuses; `warning` lets the person keep it. */
  error: { style: 'stop' | 'warning'; title: string; text: string } | null;
}

export interface DefinedName {
  name: string;
  /** "='_perf_forms_lists'!$A$2:$A$4" */
  refersTo: string;
}

export interface PrintSetup {
  paperSize: 'A4';
  orientation: 'portrait' | 'landscape';
  /**
   * Percent, fitting the form's width on the page (fit-to-page would make hosts ignore the
   * manual breaks below).
   */
  scale: number;
  /** 1-based rows that start a new printed page: before a 一级 block that would be cut. */
  rowBreaks: number[];
  printArea: string;
  /** Rows repeated at the top of every printed page ("12:12"). */
  repeatRows: string;
  /** Inches. */
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  horizontalCentered: boolean;
  /** Page footer in Excel's header/footer codes. */
  footer: string;
}

export type ProtectionAllowance =
  | 'selectLockedCells'
  | 'selectUnlockedCells'
  | 'formatColumns'
  | 'formatRows'
  | 'insertRows'
  | 'deleteRows';

/** Protection without a password: it guides the person, who may still unprotect. */
export interface SheetProtection {
  password: null;
  allow: ProtectionAllowance[];
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetLayout {
  name: string;
  visibility: SheetVisibility;
  /** The form this sheet holds; null for the tool sheets (lists, profile). */
  form: FormKind | null;
  cells: LayoutCell[];
  /** Merged areas ("A1:H1"). */
  merges: string[];
  columns: ColumnLayout[];
  rows: RowLayout[];
  validations: LayoutValidation[];
  print: PrintSetup | null;
  protection: SheetProtection | null;
  showGridLines: boolean;
}

export interface TemplateLayout {
  /** In tab order: the forms first, then the very hidden lists and profile sheets. */
  sheets: SheetLayout[];
  definedNames: DefinedName[];
  styles: Record<StyleKey, CellStyle>;
  /** The profiles the forms were issued with, as embedded on the profile sheet. */
  profiles: Profile[];
}
