/** Works out, once per form, what every rule asks of its indicator rows. */
import Decimal from 'decimal.js';
import { findLevel1, findLevel2, isFamily } from './hierarchy';
import type { FormModel, IndicatorRow, IndicatorTable } from './model';
import { convertMoney } from './parse/amounts';
import { readOperator } from './parse/operators';
import { normalizeUnit } from './parse/units';
import { isQuantitative, parseValue } from './parse/values';
import type { Profile } from './profiles/types';
import type { AnalyzedForm, AnalyzedRow } from './rules/types';

const NOT_APPLICABLE_NAMES = new Set(['不适用', '无']);

export function analyzeRow(
  row: IndicatorRow,
  table: IndicatorTable,
  profile: Profile,
): AnalyzedRow {
  const value = parseValue(row.value.raw);
  const operatorCell =
    row.operator && row.operator.text !== ''
      ? { cell: row.operator, reading: readOperator(row.operator.text) }
      : null;
  const inline = 'inline' in value ? value.inline : null;
  const operator = operatorCell ? operatorCell.reading : inline;
  const columnUnit = row.unit && row.unit.text !== '' ? normalizeUnit(row.unit.text) : null;
  const inlineUnit = value.kind === 'number' ? value.unit : null;
  const level1 = findLevel1(profile, row.level1.text);
  const level2Places = findLevel2(profile, row.level2.text);
  const notApplicable =
    value.kind === 'not-applicable' || NOT_APPLICABLE_NAMES.has(row.level3.text);
  // A deadline is measurable even where the form calls it 定性 (时效 rows often do).
  const quantitative =
    value.kind === 'deadline' ||
    (operator ? operator.operator !== '定性' && value.kind !== 'text' : isQuantitative(value));
  const level2InProfile = level2Places[0]?.name ?? row.level2.text;
  return {
    source: row,
    table,
    level1,
    level2Places,
    operatorCell,
    operator,
    value,
    unit: columnUnit ?? inlineUnit,
    unitCell: row.unit ?? row.value,
    notApplicable,
    filled: row.level3.text !== '' && !notApplicable,
    quantitative,
    // 成本指标 is a 一级 in mof-2021 and a 二级 of 产出 in older profiles.
    isCost: isFamily(level1?.name ?? row.level1.text, '成本') || isFamily(level2InProfile, '成本'),
  };
}

export function analyzeForm(
  form: FormModel,
  profile: Profile,
  profileSource: AnalyzedForm['profileSource'],
  book: number,
  bookLabel: string,
): AnalyzedForm {
  const moneyUnit = form.moneyUnit ?? profile.moneyUnit;
  return {
    form,
    profile,
    profileSource,
    moneyUnit,
    tolerance: convertMoney(new Decimal(profile.tolerance), profile.moneyUnit, moneyUnit),
    rows: form.tables.flatMap((table) => table.rows.map((row) => analyzeRow(row, table, profile))),
    book,
    bookLabel,
  };
}

/** How badly a profile fits a form: its hierarchy findings (unknown 一级/二级, misplaced 二级). */
export function hierarchyMisfit(form: FormModel, profile: Profile): number {
  let misfits = 0;
  for (const table of form.tables) {
    for (const row of table.rows) {
      const level1 = row.level1.text === '' ? null : findLevel1(profile, row.level1.text);
      if (row.level1.text !== '' && !level1) misfits++;
      if (row.level2.text === '') continue;
      const places = findLevel2(profile, row.level2.text);
      if (places.length === 0) misfits++;
      else if (level1 && !places.some((place) => place.parent === level1)) misfits++;
    }
  }
  return misfits;
}
