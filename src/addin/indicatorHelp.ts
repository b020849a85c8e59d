/**
 * Suggested 三级 indicators for the row the officer selects: when the selection lands in an empty
 * 三级 row, the suggestions for its 二级 (the bureau's list first, then the library); one click
 * writes name, operator and unit in one sync. Finding the row costs no Excel call: the sheets
 * as last read are enough, so a click stays cheap.
 */
import {
  fromA1,
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
  /** The 三级 cell of the row (A1), as the pane names it. */
  cell: string;
  level1: string;
  level2: string;
  /** The profile the suggestions come from (its name). */
  profileName: string;
  suggestions: IndicatorSuggestion[];
}

/** A row to fill: where, and what the pane showed for it. */
export interface SuggestedRow {
  place: IndicatorRowPlace;
  shown: RowSuggestions;
}

/**
 * The suggestions for a selection (`address` as Excel reports it, "C13" or "C13:D14") on a
 * sheet as last read; null unless its first cell is in an empty 三级 row with a 二级.
 */
export function suggestionsAt(
  sheet: CachedSheet,
  address: string,
  forms: readonly FormSummary[],
  embedded: readonly Profile[],
): SuggestedRow | null {
  const topLeft = fromA1(address.split(':')[0].replace(/\$/g, ''));
  if (!topLeft) return null;
  for (const form of sheet.reading.forms) {
    const place = indicatorRowAt(form, topLeft.row);
    if (!place?.empty || place.level2.trim() === '') continue;
    const summary = forms.find((candidate) => candidate.sheet === form.sheet);
    const profile = summary ? profileOfForm(summary, embedded) : null;
    if (!profile) return null;
    const suggestions = indicatorSuggestions(profile, place.level2);
    if (suggestions.length === 0) return null;
    return {
      place,
      shown: {
        sheet: form.sheet,
        cell: toA1(place.row.row, place.table.columns.level3),
        level1: place.level1,
        level2: place.level2,
        profileName: profile.name,
        suggestions,
      },
    };
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
  row: SuggestedRow,
  suggestion: IndicatorSuggestion,
): Promise<string> {
  const fill = rowFill(row.place, suggestion);
  const valueCell = toA1(fill.valueCell.row, fill.valueCell.col);
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(row.shown.sheet);
    for (const { cell, value } of fill.cells)
      sheet.getRange(toA1(cell.row, cell.col)).values = [[value]];
    await context.sync();
  });
  return valueCell;
}
