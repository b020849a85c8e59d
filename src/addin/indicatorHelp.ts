/**
 * Suggested 三级 indicators for the row the officer selects: when the selection lands in an empty
 * 三级 row (or on demand, anywhere in a row with a 二级), the suggestions for its 二级 (the
 * bureau's list first, then the library); one click writes name, operator and unit into an
 * empty row in one sync. Finding the row costs no Excel call: the sheets as last read are
 * enough, so a click stays cheap.
 */
import {
  cellAt,
  fromA1,
  type CellPos,
  type CellRange,
  type FormModel,
  type Grid,
  type IndicatorRow,
  indicatorRowAt,
  indicatorSuggestions,
  rowFill,
  toA1,
  type FormSummary,
  type IndicatorRowPlace,
  type IndicatorSuggestion,
  type Profile,
} from '../engine';
import { profileOfForm } from './profileStore';
import type { CachedSheet, ExcelRun } from './workbookSession';

/** What the pane shows for the selected row. */
export interface RowSuggestions {
  sheet: string;
  /** The 三级 cell (A1) of the row a suggestion goes into, else of the row selected. */
  cell: string;
  /** False on demand where the 二级 has no empty row left: nothing can be filled in. */
  fillable: boolean;
  level1: string;
  level2: string;
  /** The profile the suggestions come from (its name). */
  profileName: string;
  suggestions: IndicatorSuggestion[];
}

/** What the pane showed, and the empty row a suggestion goes into (null: none left). */
export interface SuggestedRow {
  place: IndicatorRowPlace | null;
  shown: RowSuggestions;
}

/**
 * The suggestions for a selection (`address` as Excel reports it, "C13" or "C13:D14") on a
 * sheet as last read; null unless its first cell is in an indicator row with a 二级 that is
 * empty, or, `onDemand`, any such row: its suggestions then go into the first empty row under
 * the same 一级 and 二级, never over what the officer wrote.
 */
export function suggestionsAt(
  sheet: CachedSheet,
  address: string,
  forms: readonly FormSummary[],
  embedded: readonly Profile[],
  onDemand = false,
): SuggestedRow | null {
  const topLeft = fromA1(address.split(':')[0].replace(/\$/g, ''));
  if (!topLeft) return null;
  for (const form of sheet.reading.forms) {
    const selected = placeAt(form, sheet.grid, topLeft.row);
    if (!selected || selected.level2.trim() === '' || !(selected.empty || onDemand)) continue;
    const place = selected.empty ? selected : emptyRowUnder(form, sheet.grid, selected);
    const summary = forms.find((candidate) => candidate.sheet === form.sheet);
    const profile = summary ? profileOfForm(summary, embedded) : null;
    if (!profile) return null;
    const suggestions = indicatorSuggestions(profile, selected.level2);
    if (suggestions.length === 0) return null;
    return {
      place,
      shown: {
        sheet: form.sheet,
        cell: toA1((place ?? selected).row.row, selected.table.columns.level3),
        fillable: place !== null,
        level1: selected.level1,
        level2: selected.level2,
        profileName: profile.name,
        suggestions,
      },
    };
  }
  return null;
}

/** The merged area `cell` lies in, or the cell alone. */
function areaOf(grid: Grid, cell: CellPos): CellRange {
  return (
    grid.merges.find(
      (merge) =>
        merge.top <= cell.row &&
        cell.row <= merge.bottom &&
        merge.left <= cell.col &&
        cell.col <= merge.right,
    ) ?? { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col }
  );
}

/**
 * The indicator row on a sheet row: the reader's, else a blank row inside a 二级's merged area
 * (the template's second row under each 二级), which the reader passes over as empty.
 */
function placeAt(form: FormModel, grid: Grid, sheetRow: number): IndicatorRowPlace | null {
  const read = indicatorRowAt(form, sheetRow);
  if (read) return read;
  for (const table of form.tables) {
    const owner = table.rows.find((row) => {
      const area = areaOf(grid, row.level2);
      return row.row < sheetRow && area.top === row.row && sheetRow <= area.bottom;
    });
    if (!owner) continue;
    const { columns } = table;
    const own = [columns.level3, columns.operator, columns.value, columns.unit].filter(
      (col): col is number => col !== null,
    );
    const blank = own.every((col) => {
      const area = areaOf(grid, { row: sheetRow, col });
      const value = cellAt(grid, sheetRow, col);
      return area.top === sheetRow && area.left === col && (value === null || value === '');
    });
    if (!blank) return null;
    const row: IndicatorRow = {
      row: sheetRow,
      level1: owner.level1,
      level2: owner.level2,
      level3: '',
      operator: columns.operator === null ? null : '',
      value: '',
      valueRaw: null,
      unit: columns.unit === null ? null : '',
      mergedFrom: null,
    };
    return { table, row, level1: owner.level1.text, level2: owner.level2.text, empty: true };
  }
  return null;
}

/** The first empty row of `selected`'s table under the same 一级 and 二级, or null. */
function emptyRowUnder(
  form: FormModel,
  grid: Grid,
  selected: IndicatorRowPlace,
): IndicatorRowPlace | null {
  const sameLevels = selected.table.rows.filter(
    (row) => row.level1.text === selected.level1 && row.level2.text === selected.level2,
  );
  for (const row of sameLevels) {
    const area = areaOf(grid, row.level2);
    for (let sheetRow = row.row; sheetRow <= Math.max(row.row, area.bottom); sheetRow++) {
      const place = placeAt(form, grid, sheetRow);
      if (place?.empty && place.level2 === selected.level2) return place;
    }
  }
  return null;
}

/**
 * Writes a suggestion into its row (name, operator, unit) in one sync; returns the 指标值 cell
 * (A1), which the officer fills. The selection stays: moving it would show the row's
 * suggestions again from the sheet as read before the write.
 */
export async function fillRow(
  run: ExcelRun,
  sheetName: string,
  place: IndicatorRowPlace,
  suggestion: IndicatorSuggestion,
): Promise<string> {
  const fill = rowFill(place, suggestion);
  const valueCell = toA1(fill.valueCell.row, fill.valueCell.col);
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    for (const { cell, value } of fill.cells)
      sheet.getRange(toA1(cell.row, cell.col)).values = [[value]];
    await context.sync();
  });
  return valueCell;
}
