/** Reading a whole workbook: its forms, sheet by sheet, and the profiles it carries. */
import type { CellValue, Grid, WorkbookGrid } from '../grid';
import type { FormModel } from '../model';
import { parseProfileJson } from '../profiles/profileJson';
import type { Profile } from '../profiles/types';
import { cellText } from '../text';
import { readForms } from './form';
import { labelAliasesOf, SheetView, type LabelAliases } from './sheetView';

/** The very hidden sheet a generated workbook carries its profile(s) in, one JSON per cell of column A. */
export const PROFILE_SHEET = '_perf_forms_profile';

export interface SheetReading {
  sheet: string;
  forms: FormModel[];
  /** False for a sheet with content that holds no form (form.unrecognized). */
  recognized: boolean;
  /** A sheet with nothing in it, or one of the add-in's own data sheets: neither listed nor checked. */
  ignored: boolean;
}

export interface BookReading {
  sheets: SheetReading[];
  embeddedProfiles: Profile[];
  /** Chinese messages for an embedded profile that does not validate. */
  profileErrors: string[];
}

/** Sheets the tools write for themselves (profile, highlight marks, drop-down lists, results). */
export function isToolSheet(name: string): boolean {
  // 检查结果 is the results sheet of `perf-forms annotate` ("检查结果(2)" beside a user's own one).
  return name.startsWith('_perf_forms') || /^检查结果(\(\d+\))?$/.test(name);
}

function hasContent(grid: Grid): boolean {
  // some() skips the holes of sparse rows.
  const filled = (value: CellValue) =>
    value !== null && value !== undefined && (typeof value !== 'string' || value.trim() !== '');
  return grid.rows.some((row) => row.some(filled));
}

export function readSheet(grid: Grid, labelAliases?: LabelAliases): SheetReading {
  if (grid.hidden || isToolSheet(grid.name) || !hasContent(grid)) {
    return { sheet: grid.name, forms: [], recognized: false, ignored: true };
  }
  const forms = readForms(new SheetView(grid, labelAliases));
  return { sheet: grid.name, forms, recognized: forms.length > 0, ignored: false };
}

export function readEmbeddedProfiles(book: WorkbookGrid): {
  profiles: Profile[];
  errors: string[];
} {
  const sheet = book.sheets.find((grid) => grid.name === PROFILE_SHEET);
  const profiles: Profile[] = [];
  const errors: string[] = [];
  if (!sheet) return { profiles, errors };
  sheet.rows.forEach((row, index) => {
    const text = cellText(row[0] ?? null);
    if (text === '') return;
    const result = parseProfileJson(text);
    if (result.ok) profiles.push(result.profile);
    else
      errors.push(
        `工作表 ${PROFILE_SHEET} 的 A${index + 1} 中的配置无效：${result.errors.join('；')}`,
      );
  });
  return { profiles, errors };
}

export interface ReadOptions {
  /** Profiles chosen by the user (--profile): their label aliases are read as labels. */
  profiles?: readonly Profile[];
}

export function readWorkbook(book: WorkbookGrid, options: ReadOptions = {}): BookReading {
  const { profiles, errors } = readEmbeddedProfiles(book);
  // The workbook's own profiles say its words too.
  const aliases = labelAliasesOf([...(options.profiles ?? []), ...profiles]);
  return {
    sheets: book.sheets.map((grid) => readSheet(grid, aliases)),
    embeddedProfiles: profiles,
    profileErrors: errors,
  };
}
