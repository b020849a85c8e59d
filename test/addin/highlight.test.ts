/**
 * 高亮错误 / 清除高亮 on the host level, with findings placed on real cells of the Suizhou 2025
 * department form: fills by severity, notes, constant syncs, and an exact restore, also after
 * the workbook was saved and reopened.
 */
import type { Finding } from '../../src/engine';
import { SEVERITY_FILL } from '../../src/engine';
import { readAllGrids } from '../../src/addin/host/grids';
import { applyPaints, paintsFor, type MarkRecord } from '../../src/addin/host/highlight';
import { decodeMarks, MARKS_SHEET } from '../../src/addin/host/marks';
import {
  createFakeExcel,
  type FakeExcel,
  type WorkbookSnapshot,
} from '../../src/sandbox/fakeExcel';
import { measureHighlight, syntheticFindings } from '../../bench/highlightCost';
import { exampleSnapshot, placeAt } from './workbooks';

const SHEET = '部门整体';

/** The department form's printed mistakes, where the rules point (docs/rules.md: 000). */
const FINDINGS: Finding[] = [
  {
    rule: 'form.year-mismatch',
    ruleName: '年度不一致',
    severity: 'error',
    sheet: SHEET,
    ...placeAt('D9'),
    message: '本年（C）列标题写的是 2024 年，应为 2025 年',
  },
  {
    rule: 'budget.change',
    ruleName: '增减额计算错误',
    severity: 'error',
    sheet: SHEET,
    ...placeAt('F13'),
    message: '基本支出的预算增减变化应为 10.64，表中为 -10.64',
    suggestion: '10.64',
  },
  {
    rule: 'budget.projects-unknown',
    ruleName: '项目资金无法核对',
    severity: 'info',
    sheet: SHEET,
    ...placeAt('D14'),
    message: '项目表没有年度资金总额，无法核对项目支出',
  },
  {
    rule: 'quality.quantified-share',
    ruleName: '定量指标比例偏低',
    severity: 'warning',
    sheet: SHEET,
    ...placeAt('C22'),
    message: '产出指标中量化指标不足 50%',
  },
  {
    rule: 'operator.nonstandard',
    ruleName: '计算符号写法不规范',
    severity: 'info',
    sheet: SHEET,
    ...placeAt('C22'),
    message: '计算符号“≧”按“≥”读取',
  },
];

/** The Suizhou form, where a person already filled and annotated two of the cells to be marked. */
async function annotatedForm(): Promise<WorkbookSnapshot> {
  const book = await exampleSnapshot('suizhou-2025');
  const sheet = book.sheets.find((candidate) => candidate.name === SHEET);
  if (!sheet) throw new Error('department sheet missing');
  sheet.cells.D14 = { ...sheet.cells.D14, fill: '#FFFF00', note: '与财政局核对过：219 万元' };
  sheet.cells.F13 = { ...sheet.cells.F13, fill: '#92D050' };
  sheet.cells.C22 = { ...sheet.cells.C22, note: '张宇：待补充' };
  return book;
}

/** The record as the workbook holds it (what the controller reads at start). */
async function recordOf(excel: FakeExcel): Promise<MarkRecord> {
  const { grids } = await excel.run((context) => readAllGrids(context));
  const marksGrid = grids.find((grid) => grid.name === MARKS_SHEET);
  const decoded = decodeMarks(marksGrid?.rows ?? []);
  if (!decoded.ok) throw new Error(decoded.error);
  return {
    marks: decoded.marks,
    sheet: { exists: marksGrid !== undefined, rows: marksGrid?.rows.length ?? 0 },
  };
}

async function paint(excel: FakeExcel, findings: Finding[], notes = true): Promise<void> {
  const record = await recordOf(excel);
  const { sheets } = await excel.run((context) => readAllGrids(context));
  await excel.run((context) => applyPaints(context, record, paintsFor(findings, sheets), notes));
}

async function clear(excel: FakeExcel, notes = true): Promise<void> {
  const record = await recordOf(excel);
  await excel.run((context) => applyPaints(context, record, [], notes));
}

describe('高亮错误', () => {
  it('fills each marked cell by its most severe finding and writes every message into its note', async () => {
    const excel = createFakeExcel(await annotatedForm());
    await paint(excel, FINDINGS);
    expect(excel.getFill(SHEET, 'D9')).toBe(SEVERITY_FILL.error);
    expect(excel.getFill(SHEET, 'D14')).toBe(SEVERITY_FILL.info);
    expect(excel.getFill(SHEET, 'C22')).toBe(SEVERITY_FILL.warning);
    expect(excel.getNote(SHEET, 'F13')).toBe(
      '【错误·增减额计算错误】基本支出的预算增减变化应为 10.64，表中为 -10.64（建议：10.64） [budget.change]',
    );
    expect(excel.getNote(SHEET, 'C22')?.split('\n')).toEqual([
      '【警告·定量指标比例偏低】产出指标中量化指标不足 50% [quality.quantified-share]',
      '【提示·计算符号写法不规范】计算符号“≧”按“≥”读取 [operator.nonstandard]',
    ]);
    expect(excel.sheets()).toContain(MARKS_SHEET);
    const marksSheet = excel.snapshot().sheets.find((sheet) => sheet.name === MARKS_SHEET);
    expect(marksSheet?.visibility).toBe('VeryHidden');
  });

  it('costs the same two syncs for 50 and for 5,000 findings', async () => {
    const few = await measureHighlight(50);
    const many = await measureHighlight(5000);
    expect(few.syncs).toBe(2);
    expect(many.syncs).toBe(few.syncs);
    expect(many.clear.syncs).toBe(few.clear.syncs);
  });

  it('paints by areas, never cell by cell', async () => {
    const { snapshot, findings } = syntheticFindings(5000);
    const excel = createFakeExcel(snapshot);
    const { sheets } = await excel.run((context) => readAllGrids(context));
    excel.resetCounters();
    // Without notes (a host before ExcelApi 1.18), what is left is fills and the record.
    await excel.run((context) =>
      applyPaints(
        context,
        { marks: [], sheet: { exists: false, rows: 0 } },
        paintsFor(findings, sheets),
        false,
      ),
    );
    expect(excel.getFill(SHEET, 'G1000')).not.toBeNull();
    expect(excel.apiCallCount()).toBeLessThan(findings.length / 10);
  });
});

describe('清除高亮', () => {
  it('gives every cell back exactly its own fill and note', async () => {
    const original = await annotatedForm();
    const excel = createFakeExcel(original);
    await paint(excel, FINDINGS);
    expect(excel.getNote(SHEET, 'D14')).not.toBe('与财政局核对过：219 万元');
    await clear(excel);
    expect(excel.snapshot()).toEqual(createFakeExcel(original).snapshot());
    expect(excel.getFill(SHEET, 'D14')).toBe('#FFFF00');
    expect(excel.getNote(SHEET, 'D14')).toBe('与财政局核对过：219 万元');
    expect(excel.getFill(SHEET, 'D9')).toBeNull();
    expect(excel.getNote(SHEET, 'D9')).toBeNull();
  });

  it('restores exactly after the workbook was saved, closed and reopened', async () => {
    const original = await annotatedForm();
    const before = createFakeExcel(original).snapshot();
    const session = createFakeExcel(original);
    await paint(session, FINDINGS);
    const saved = JSON.parse(JSON.stringify(session.snapshot())) as WorkbookSnapshot;

    const reopened = createFakeExcel(saved);
    expect(reopened.getFill(SHEET, 'F13')).toBe(SEVERITY_FILL.error);
    await clear(reopened);
    expect(reopened.snapshot()).toEqual(before);
  });

  it('keeps the first original when cells are highlighted twice', async () => {
    const original = await annotatedForm();
    const excel = createFakeExcel(original);
    await paint(excel, FINDINGS);
    // Second pass: F13 was fixed, D14 is now an error.
    await paint(excel, [
      ...FINDINGS.filter((finding) => finding.cell !== 'F13' && finding.cell !== 'D14'),
      {
        ...FINDINGS[2],
        severity: 'error',
        rule: 'budget.projects-total',
        ruleName: '项目支出与项目表不符',
        message: '项目支出与各项目之和相差 44 万元',
      },
    ]);
    expect(excel.getFill(SHEET, 'F13')).toBe('#92D050');
    expect(excel.getFill(SHEET, 'D14')).toBe(SEVERITY_FILL.error);
    await clear(excel);
    expect(excel.snapshot()).toEqual(createFakeExcel(original).snapshot());
  });

  it('changes nothing when nothing is marked', async () => {
    const original = await annotatedForm();
    const excel = createFakeExcel(original);
    await clear(excel);
    await clear(excel);
    expect(excel.snapshot()).toEqual(createFakeExcel(original).snapshot());
  });

  it('leaves notes alone on a host without notes, and still restores fills', async () => {
    const original = await annotatedForm();
    const excel = createFakeExcel(original);
    await paint(excel, FINDINGS, false);
    expect(excel.getFill(SHEET, 'D14')).toBe(SEVERITY_FILL.info);
    expect(excel.getNote(SHEET, 'D14')).toBe('与财政局核对过：219 万元');
    expect(excel.getNote(SHEET, 'D9')).toBeNull();
    await clear(excel, false);
    expect(excel.snapshot()).toEqual(createFakeExcel(original).snapshot());
  });
});

describe('protected sheets', () => {
  it('highlights and clears a sheet protected without a password, which stays protected as it was', async () => {
    const original = await annotatedForm();
    const excel = createFakeExcel(original);
    const options = { allowFormatColumns: true, allowInsertRows: true };
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).protection.protect(options);
      await context.sync();
    });
    const protectedBefore = excel.snapshot();
    await paint(excel, FINDINGS);
    expect(excel.getFill(SHEET, 'D9')).toBe(SEVERITY_FILL.error);
    const state = await excel.run(async (context) => {
      const protection = context.workbook.worksheets
        .getItem(SHEET)
        .protection.load('protected,options');
      await context.sync();
      return { on: protection.protected, options: protection.options };
    });
    expect(state).toEqual({ on: true, options });
    await clear(excel);
    expect(excel.snapshot()).toEqual(protectedBefore);
  });

  it('stops on a password, with the record written first so nothing is left unrestorable', async () => {
    const original = await annotatedForm();
    const excel = createFakeExcel(original);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).protection.protect({}, '财政局');
      await context.sync();
    });
    await expect(paint(excel, FINDINGS)).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(excel.getFill(SHEET, 'D9')).toBeNull();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).protection.unprotect('财政局');
      await context.sync();
    });
    await clear(excel);
    expect(excel.snapshot()).toEqual(createFakeExcel(original).snapshot());
  });
});
