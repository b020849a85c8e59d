/** Filling an empty 三级 row of a form with a suggested indicator: which cells get what. */
import {
  rowCell,
  type CellPos,
  type FormModel,
  type IndicatorRow,
  type IndicatorTable,
} from '../model';
import type { IndicatorEntry } from '../profiles/indicators';

export interface IndicatorRowPlace {
  table: IndicatorTable;
  row: IndicatorRow;
  /** The 一级 and 二级 the row lies under, as written ('' where the table has none). */
  level1: string;
  level2: string;
  /**
   * Nothing written in the row's own cells (三级, 计算符号, 指标值, 计量单位), none of them merged
   * from another row: a suggestion can be filled in without touching anything else.
   */
  empty: boolean;
}

/** The indicator row on a sheet row (zero-based) of a form, or null where there is none. */
export function indicatorRowAt(form: FormModel, sheetRow: number): IndicatorRowPlace | null {
  for (const table of form.tables) {
    const row = table.rows.find((candidate) => candidate.row === sheetRow);
    if (!row) continue;
    const empty =
      row.mergedFrom === null &&
      row.level3 === '' &&
      !row.operator &&
      row.value === '' &&
      !row.unit;
    return { table, row, level1: row.level1.text, level2: row.level2.text, empty };
  }
  return null;
}

export interface CellFill {
  role: 'level3' | 'operator' | 'unit';
  cell: CellPos;
  /** '' leaves the cell blank (a 定性 indicator's unit). */
  value: string;
}

export interface RowFill {
  cells: CellFill[];
  /** The 指标值 cell, which the person fills. */
  valueCell: CellPos;
  /**
   * What the value carries where the table has no column for it: the operator in front ("≥95"),
   * the unit after it ("95%"); '' where the table has the column.
   */
  valuePrefix: string;
  valueSuffix: string;
}

/** The cells to write for a suggestion in a row: its name, its operator and its unit. */
export function rowFill(
  place: IndicatorRowPlace,
  suggestion: Pick<IndicatorEntry, 'name' | 'operator' | 'unit'>,
): RowFill {
  const { table, row } = place;
  const cells: CellFill[] = [
    { role: 'level3', cell: rowCell(table, row, 'level3'), value: suggestion.name },
  ];
  if (table.columns.operator !== null)
    cells.push({
      role: 'operator',
      cell: rowCell(table, row, 'operator'),
      value: suggestion.operator,
    });
  if (table.columns.unit !== null)
    cells.push({ role: 'unit', cell: rowCell(table, row, 'unit'), value: suggestion.unit });
  return {
    cells,
    valueCell: rowCell(table, row, 'value'),
    valuePrefix:
      table.columns.operator === null && suggestion.operator !== '定性' ? suggestion.operator : '',
    valueSuffix: table.columns.unit === null ? suggestion.unit : '',
  };
}
