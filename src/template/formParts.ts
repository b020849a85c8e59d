/**
 * What both forms share: eight columns (the indicator table's), the title block, the indicator
 * table with the profile's 一级/二级 laid out, the footer and the sheet settings.
 */
import { absoluteA1, toA1, type FormKind, type Profile } from '../engine';
import type { PrintSetup, SheetLayout, SheetProtection } from './layout';
import { LIST_NAMES, level2Source, listSource } from './lists';
import { fitWidth, rowHeightFor } from './measure';
import { planPageBreaks, printScale, splitLevel1Merges, type Level1Block } from './pageBreaks';
import { SheetBuilder } from './sheetBuilder';
import { SUBTITLE_FONT_SIZE, TITLE_FONT_SIZE } from './styles';

/** Zero-based columns of the indicator table; the header block above uses the same grid. */
export const COL = {
  level1: 0,
  level2: 1,
  level3: 2,
  operator: 3,
  value: 4,
  unit: 5,
  basis: 6,
  remark: 7,
} as const;
export const FORM_COLUMNS = 8;

export const INDICATOR_HEADERS: readonly string[] = [
  '一级指标',
  '二级指标',
  '三级指标',
  '计算符号',
  '指标值',
  '计量单位',
  '指标值确定依据（计划标准、行业标准、历史标准、预算支出标准或其他标准）',
  '备注（选填）',
];

export const NUMBER_FORMATS = {
  amount: '0.00',
  count: '0',
  /**
   * Formula cells (totals, C−D): the zero section is empty, so a blank form prints nothing
   * there while the value stays a number.
   */
  computedAmount: '0.00;-0.00;',
  computedCount: '0;-0;',
  text: '@',
  date: 'yyyy"年"m"月"d"日"',
} as const;

/**
 * 一级/二级 columns fit their names where they can; long 二级 names wrap. Long labels carry
 * explicit line breaks where they read well ("部门总体资金\n情况（万元）"): hosts wrap CJK text at
 * different widths, and readers ignore white space in labels.
 */
export function formColumnWidths(profile: Profile): number[] {
  const level1 = profile.hierarchy.map((node) => node.name);
  const level2 = profile.hierarchy.flatMap((node) => node.level2);
  return [
    // About six CJK characters a line in every host: 年度资金总额 / （万元） breaks where it reads well.
    fitWidth(['一级指标', ...level1], 12, 16),
    fitWidth(['二级指标', ...level2], 12, 16),
    30,
    10,
    // 16 holds 其中：财政拨款 of the project header on one line.
    16,
    10,
    22,
    14,
  ];
}

/** Title and （YYYY年度） over the full width; returns the next free row. */
export function addTitle(builder: SheetBuilder, title: string, year: number): number {
  builder.label(0, 0, title, { cols: FORM_COLUMNS }, 'title');
  builder.raiseHeight(0, rowHeightFor(1, TITLE_FONT_SIZE) + 8);
  builder.label(1, 0, `（${year}年度）`, { cols: FORM_COLUMNS }, 'subtitle');
  builder.raiseHeight(1, rowHeightFor(1, SUBTITLE_FONT_SIZE) + 4);
  return 2;
}

/** A label in column A and a long text input over the rest of the row. */
export function addLongTextRow(
  builder: SheetBuilder,
  row: number,
  label: string,
  lines: number,
): string {
  builder.label(row, 0, label);
  const address = builder.input(row, 1, 'longText', {}, { cols: FORM_COLUMNS - 1 });
  builder.reserveLines(row, lines);
  return address;
}

/**
 * The indicator table: header row, then per 一级 (merged down its rows) and per 二级 (merged
 * down its rows) `level3RowsPerLevel2` blank 三级 rows. Returns the header row and the next free row.
 */
export function addIndicatorTable(
  builder: SheetBuilder,
  top: number,
  kind: FormKind,
  profile: Profile,
): { headerRow: number; next: number; blocks: Level1Block[] } {
  INDICATOR_HEADERS.forEach((text, col) => builder.label(top, col, text, {}, 'tableHeader'));
  const first = top + 1;
  let row = first;
  const blocks: Level1Block[] = [];
  for (const node of profile.hierarchy) {
    const level1Top = row;
    const level2Tops: number[] = [];
    const level1Rows = node.level2.length * profile.level3RowsPerLevel2;
    const level1Cell = builder.input(
      level1Top,
      COL.level1,
      'level',
      { value: node.name },
      { rows: level1Rows },
    );
    for (const level2 of node.level2) {
      level2Tops.push(row);
      builder.input(
        row,
        COL.level2,
        'level',
        { value: level2 },
        { rows: profile.level3RowsPerLevel2 },
      );
      for (let offset = 0; offset < profile.level3RowsPerLevel2; offset++)
        addIndicatorInputs(builder, row + offset);
      row += profile.level3RowsPerLevel2;
    }
    blocks.push({ top: level1Top, bottom: row - 1, level2Tops });
    builder.validate({
      range: columnRange(COL.level2, level1Top, row - 1),
      rule: { type: 'list', source: level2Source(kind, absoluteA1(level1Cell)) },
      prompt: { title: '二级指标', text: '从下拉列表选择本行一级指标下的二级指标。' },
      error: listError('二级指标'),
    });
  }
  addIndicatorValidations(builder, kind, first, row - 1);
  return { headerRow: top, next: row, blocks };
}

function addIndicatorInputs(builder: SheetBuilder, row: number): void {
  builder.input(row, COL.level3, 'input');
  builder.input(row, COL.operator, 'choice');
  builder.input(row, COL.value, 'choice');
  builder.input(row, COL.unit, 'choice');
  builder.input(row, COL.basis, 'input');
  builder.input(row, COL.remark, 'input');
}

function columnRange(col: number, first: number, last: number): string {
  return `${toA1(first, col)}:${toA1(last, col)}`;
}

function listError(field: string): { style: 'warning'; title: string; text: string } {
  return { style: 'warning', title: field, text: `输入的${field}不在下拉列表中，确定要保留吗？` };
}

function addIndicatorValidations(
  builder: SheetBuilder,
  kind: FormKind,
  first: number,
  last: number,
): void {
  builder.validate({
    range: columnRange(COL.level1, first, last),
    rule: { type: 'list', source: listSource(LIST_NAMES.level1(kind)) },
    prompt: { title: '一级指标', text: '从下拉列表选择一级指标（已按指标体系预先排好）。' },
    error: listError('一级指标'),
  });
  builder.validate({
    range: columnRange(COL.level3, first, last),
    rule: { type: 'textLength', max: 100 },
    prompt: {
      title: '三级指标',
      text: '填写具体、可衡量的三级指标名称，不超过100字；一个二级指标下可填多行，用不到的行留空。',
    },
    error: { style: 'stop', title: '三级指标', text: '三级指标名称不能超过100字。' },
  });
  builder.validate({
    range: columnRange(COL.operator, first, last),
    rule: { type: 'list', source: listSource(LIST_NAMES.operators) },
    prompt: { title: '计算符号', text: '定量指标选 ≥ ≤ = > <；定性指标选“定性”。' },
    error: listError('计算符号'),
  });
  builder.validate({
    range: columnRange(COL.value, first, last),
    rule: { type: 'any' },
    prompt: {
      title: '指标值',
      text: '定量指标只填数字（如 100、95.5），单位填在计量单位列；定性指标填达到的状态（如 达标、有效提高）；不适用的行填“不适用”。',
    },
    error: null,
  });
  builder.validate({
    range: columnRange(COL.unit, first, last),
    rule: { type: 'list', source: listSource(LIST_NAMES.units(kind)) },
    prompt: { title: '计量单位', text: '选择指标值的单位（如 %、次、万元）；定性指标不填。' },
    error: listError('计量单位'),
  });
  builder.validate({
    range: columnRange(COL.basis, first, last),
    rule: { type: 'any' },
    prompt: {
      title: '指标值确定依据',
      text: '计划标准、行业标准、历史标准、预算支出标准或其他标准，写明出处。',
    },
    error: null,
  });
}

/** 填报人, 联系电话, 填报日期 in one row under the table. */
export function addFooter(builder: SheetBuilder, row: number): number {
  builder.label(row, COL.level1, '填报人');
  builder.input(row, COL.level2, 'input');
  builder.label(row, COL.level3, '联系电话');
  builder.input(row, COL.operator, 'input', { numberFormat: NUMBER_FORMATS.text }, { cols: 3 });
  builder.label(row, COL.basis, '填报日期');
  builder.input(row, COL.remark, 'choice', { numberFormat: NUMBER_FORMATS.date });
  return row + 1;
}

/**
 * 单位（盖章）, 负责人 and 日期 a blank row under the footer, with room for the seal (the 填报人
 * is the footer's). Returns the next free row.
 */
export function addSignatureBlock(builder: SheetBuilder, footerRow: number): number {
  const row = footerRow + 2;
  builder.label(row, COL.level1, '单位（盖章）：', { cols: 3 }, 'signature');
  builder.label(row, COL.operator, '负责人：', { cols: 3 }, 'signature');
  builder.label(row, COL.basis, '日期：    年  月  日', { cols: 2 }, 'signature');
  builder.raiseHeight(row, rowHeightFor(4));
  return row + 1;
}

/** Portrait A4 prints about this many character units across at 100%. */
const PORTRAIT_WIDTH = 95;

const FORM_PROTECTION: SheetProtection = {
  password: null,
  allow: [
    'selectLockedCells',
    'selectUnlockedCells',
    'formatColumns',
    'formatRows',
    'insertRows',
    'deleteRows',
  ],
};

/**
 * Builds a form sheet: protected, printable on A4 at the scale that fits its width, the table
 * header repeated on every page and no 一级 block cut by a page break without its label.
 */
export function buildFormSheet(
  builder: SheetBuilder,
  kind: FormKind,
  table: { headerRow: number; blocks: Level1Block[] },
): SheetLayout {
  const page = {
    orientation: builder.totalWidth > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  } as const;
  const lastRow = builder.lastRow;
  const built = builder.build({
    visibility: 'visible',
    form: kind,
    print: null,
    protection: FORM_PROTECTION,
    showGridLines: false,
  });
  const scale = printScale(built, page);
  const { breaks, splits } = planPageBreaks(
    built,
    page,
    scale,
    lastRow,
    table.headerRow,
    table.blocks,
  );
  const print: PrintSetup = {
    paperSize: 'A4',
    ...page,
    scale,
    rowBreaks: breaks.map((row) => row + 1),
    printArea: `A1:${toA1(lastRow, FORM_COLUMNS - 1)}`,
    repeatRows: `${table.headerRow + 1}:${table.headerRow + 1}`,
    horizontalCentered: true,
    footer: '&C第 &P 页，共 &N 页',
  };
  return { ...splitLevel1Merges(built, splits, COL.level1), print };
}

/** Amount inputs take numbers only, in the profile's money unit. */
export function addAmountValidation(builder: SheetBuilder, range: string, moneyUnit: string): void {
  builder.validate({
    range,
    rule: { type: 'decimal', min: 0 },
    prompt: { title: '金额', text: `填写金额数字，单位${moneyUnit}，保留两位小数。` },
    error: {
      style: 'stop',
      title: '金额',
      text: `金额只能填不小于 0 的数字（单位${moneyUnit}）。`,
    },
  });
}

export interface FieldSpec {
  label: string;
  value?: string;
  numberFormat?: string;
  /** Defined name of the drop-down list the field picks from. */
  list?: string;
}

/** Two labelled fields in one row: label A, value B:D; label E, value F:H. */
export function addFieldPair(
  builder: SheetBuilder,
  row: number,
  left: FieldSpec,
  right: FieldSpec,
): void {
  addField(builder, row, 0, left);
  addField(builder, row, 4, right);
}

function addField(builder: SheetBuilder, row: number, col: number, field: FieldSpec): void {
  builder.label(row, col, field.label);
  const content = {
    ...(field.value === undefined ? {} : { value: field.value }),
    ...(field.numberFormat === undefined ? {} : { numberFormat: field.numberFormat }),
  };
  const cell = builder.input(row, col + 1, field.list ? 'choice' : 'input', content, { cols: 3 });
  if (field.list) {
    builder.validate({
      range: cell,
      rule: { type: 'list', source: listSource(field.list) },
      prompt: { title: field.label, text: `从下拉列表选择${field.label}。` },
      error: { style: 'stop', title: field.label, text: `请从下拉列表选择${field.label}。` },
    });
  }
}
