/** 部门整体支出绩效目标申报表: header, staff, fund table (C, D, C−D), targets, indicators, footer. */
import Decimal from 'decimal.js';
import type { Profile } from '../engine';
import {
  addAmountValidation,
  addFieldPair,
  addFooter,
  addIndicatorTable,
  addLongTextRow,
  addSignatureBlock,
  addTitle,
  buildFormSheet,
  formColumnWidths,
  FORM_COLUMNS,
  NUMBER_FORMATS,
} from './formParts';
import type { SheetLayout } from './layout';
import { rowHeightFor } from './measure';
import { SheetBuilder } from './sheetBuilder';

export const DEPARTMENT_TITLE = '部门整体支出绩效目标申报表';

/** A project form whose 年度资金总额 the department's 项目支出 (C) adds up. */
export interface LinkedProject {
  /** Sheet-qualified reference: "'项目A'!$B$6". */
  fundingRef: string;
  funding: Decimal | null;
}

export interface DepartmentSheetOptions {
  sheetName: string;
  year: number;
  profile: Profile;
  department: string | null;
  /** Null: 项目支出 (C) is an input; else a formula over these projects. */
  projects: LinkedProject[] | null;
}

export function describeDepartmentSheet(options: DepartmentSheetOptions): SheetLayout {
  const { profile } = options;
  const builder = new SheetBuilder(options.sheetName, formColumnWidths(profile));
  let row = addTitle(builder, DEPARTMENT_TITLE, options.year);
  addFieldPair(
    builder,
    row++,
    { label: '部门名称', value: options.department ?? undefined },
    { label: '主管部门' },
  );
  addLongTextRow(builder, row++, '部门职能概述', 4);
  row = addStaffBlock(builder, row);
  row = addFundTable(builder, row, options);
  addLongTextRow(builder, row++, '年度整体绩效\n总目标', 4);
  builder.label(row++, 0, '年度绩效指标', { cols: FORM_COLUMNS }, 'caption');
  const table = addIndicatorTable(builder, row, 'department', profile);
  const footerRow = table.next;
  addFooter(builder, footerRow);
  if (profile.signatureBlock) addSignatureBlock(builder, footerRow);
  return buildFormSheet(builder, 'department', table);
}

/** A cell a formula adds up, with the value it holds as generated. */
interface Term {
  ref: string;
  sign: 1 | -1;
  value: Decimal;
}

/** "=D8+D9-F8" and the value it computes now, in decimal arithmetic. */
function linearFormula(terms: readonly Term[]): { formula: string; result: number } {
  const formula = terms
    .map((term, index) => (term.sign < 0 ? '-' : index === 0 ? '' : '+') + term.ref)
    .join('');
  const result = terms.reduce((sum, term) => sum.plus(term.value.times(term.sign)), new Decimal(0));
  return { formula: `=${formula}`, result: result.toNumber() };
}

const ZERO = new Decimal(0);

/** Labels in a row, their figures below: A + B = 合计, the total a formula. */
function addStaffBlock(builder: SheetBuilder, top: number): number {
  builder.label(top, 0, '人员基本情况', { rows: 2 });
  builder.label(top, 1, '实有在职人员合计（A+B）', { cols: 2 });
  builder.label(top, 3, '在职在编人员（A）', { cols: 2 });
  builder.label(top, 5, '在职无编人员（B）', { cols: 3 });
  const count = { numberFormat: NUMBER_FORMATS.count };
  const onRoll = builder.input(top + 1, 3, 'choice', count, { cols: 2 });
  const offRoll = builder.input(top + 1, 5, 'choice', count, { cols: 3 });
  const total = linearFormula([
    { ref: onRoll, sign: 1, value: ZERO },
    { ref: offRoll, sign: 1, value: ZERO },
  ]);
  const computedCount = { numberFormat: NUMBER_FORMATS.computedCount };
  builder.put(top + 1, 1, 'choice', true, { ...computedCount, ...total }, { cols: 2 });
  builder.raiseHeight(top + 1, rowHeightFor(1));
  builder.validate({
    range: `${onRoll}:${offRoll}`,
    rule: { type: 'whole', min: 0 },
    prompt: { title: '人数', text: '填写人数（整数）；合计自动计算。' },
    error: { style: 'stop', title: '人数', text: '人数只能填不小于 0 的整数。' },
  });
  return top + 2;
}

const FUND_SECTIONS = [
  { name: '收入构成', items: ['财政拨款', '其他资金'] },
  { name: '支出构成', items: ['基本支出', '项目支出'] },
] as const;

/** Zero-based columns of C, D (two columns wide each) and C−D. */
const CURRENT_COL = 3;
const PRIOR_COL = 5;
const CHANGE_COL = 7;

/**
 * 部门总体资金情况: rows 收入构成 财政拨款/其他资金/合计 and 支出构成 基本支出/项目支出/合计,
 * columns the form year (C), the year before (D) and C−D. Totals and C−D are formulas.
 */
function addFundTable(builder: SheetBuilder, top: number, options: DepartmentSheetOptions): number {
  const unit = options.profile.moneyUnit;
  const rowCount = 1 + FUND_SECTIONS.length * 3;
  builder.label(top, 0, `部门总体资金\n情况（${unit}）`, { rows: rowCount });
  builder.put(top, 1, 'label', true, {}, { cols: 2 });
  builder.label(top, CURRENT_COL, `${options.year}年预算金额（C）`, { cols: 2 });
  builder.label(top, PRIOR_COL, `${options.year - 1}年预算金额（D）`, { cols: 2 });
  builder.label(top, CHANGE_COL, '预算增减变化\n（C-D）');
  const amount = { numberFormat: NUMBER_FORMATS.amount };
  const computedAmount = { numberFormat: NUMBER_FORMATS.computedAmount };
  const inputs: string[] = [];
  const amountInput = (row: number, col: number): Term => {
    const ref = builder.input(row, col, 'number', amount, { cols: 2 });
    inputs.push(ref);
    return { ref, sign: 1, value: ZERO };
  };
  const formulaCell = (row: number, col: number, terms: Term[], cols = 2): Term => {
    const computed = linearFormula(terms);
    const ref = builder.put(row, col, 'number', true, { ...computedAmount, ...computed }, { cols });
    return { ref, sign: 1, value: new Decimal(computed.result) };
  };

  let row = top + 1;
  for (const section of FUND_SECTIONS) {
    builder.label(row, 1, section.name, { rows: section.items.length + 1 });
    const rowsOfSection = [
      ...section.items.map((item) => ({ label: item as string })),
      { label: '合计' },
    ];
    const column = (col: number, isCurrent: boolean): Term[] => {
      const items = section.items.map((item, index) =>
        item === '项目支出' && isCurrent && options.projects
          ? formulaCell(row + index, col, options.projects.map(linkTerm))
          : amountInput(row + index, col),
      );
      return [...items, formulaCell(row + items.length, col, items)];
    };
    const current = column(CURRENT_COL, true);
    const prior = column(PRIOR_COL, false);
    rowsOfSection.forEach(({ label }, index) => {
      builder.label(row + index, 2, label);
      formulaCell(row + index, CHANGE_COL, [current[index], { ...prior[index], sign: -1 }], 1);
    });
    row += rowsOfSection.length;
  }
  for (const input of inputs) addAmountValidation(builder, input, unit);
  return row;
}

function linkTerm(project: LinkedProject): Term {
  return { ref: project.fundingRef, sign: 1, value: project.funding ?? ZERO };
}
