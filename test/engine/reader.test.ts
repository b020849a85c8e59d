/** The reader on the three layout families (Suizhou, Ezhou, Yantian), several forms per sheet, and odd input. */
import {
  builtinProfile,
  readSheet,
  readWorkbook,
  toA1,
  type CellPos,
  type DepartmentForm,
  type FormModel,
  type Grid,
  type IndicatorRow,
  type ProjectForm,
} from '../../src/engine';
import {
  byRule,
  check,
  insertRows,
  loadExample,
  places,
  setCell,
  sheetOf,
  shifted,
  single,
  stacked,
  type ExampleName,
} from './fixtures';
import { corpusGrid, readCorpusEntry } from '../../tools/corpus';
import { hierarchyOf } from '../../src/engine/hierarchy';
import { yearOfYearLine } from '../../src/engine/parse/years';

function onlyForm(example: ExampleName, sheet: string): FormModel {
  const forms = readSheet(sheetOf(loadExample(example, sheet), sheet)).forms;
  expect(forms).toHaveLength(1);
  return forms[0];
}

const address = (cell: CellPos | null | undefined) => (cell ? toA1(cell.row, cell.col) : null);

/** A row as a reviewer reads it: 一级 / 二级 / 三级 and the cells they came from. */
const describeRow = (row: IndicatorRow) =>
  `${row.level1.text}@${address(row.level1)} / ${row.level2.text}@${address(row.level2)} / ${row.level3}`;

/** The form model with every position moved back up and left: a shifted form must read the same. */
function unshifted(value: unknown, down: number, right: number): unknown {
  if (Array.isArray(value)) return value.map((item) => unshifted(item, down, right));
  if (value === null || typeof value !== 'object') return value;
  const moved: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'number' && ['row', 'top', 'bottom', 'headerRow'].includes(key))
      moved[key] = item - down;
    else if (typeof item === 'number' && ['col', 'firstCol', 'lastCol'].includes(key))
      moved[key] = item - right;
    else if (key === 'columns')
      moved[key] = unshiftedColumns(item as Record<string, number | null>, right);
    else moved[key] = unshifted(item, down, right);
  }
  return moved;
}

/** An indicator table's columns moved back left (a column it lacks stays null). */
function unshiftedColumns(columns: Record<string, number | null>, right: number) {
  return Object.fromEntries(
    Object.entries(columns).map(([role, col]) => [role, col === null ? null : col - right]),
  );
}

describe('found by label, not by address', () => {
  test.each<[ExampleName, string]>([
    ['suizhou-2025', '部门整体'],
    ['suizhou-2025', '12345热线'],
    ['ezhou-2025', '一窗受理工作项目'],
    ['yantian-2022', '部门整体'],
  ])(
    '%s %s moved 7 rows down and 4 columns right reads the same, and is checked the same',
    (example, sheet) => {
      const grid = sheetOf(loadExample(example, sheet), sheet);
      const moved = shifted(grid, 7, 4);
      expect(unshifted(readSheet(moved).forms, 7, 4)).toEqual(readSheet(grid).forms);
      const before = check({ sheets: [grid] }).findings;
      const after = check({ sheets: [moved] }).findings;
      expect(after.map((f) => f.message)).toEqual(before.map((f) => f.message));
      expect(after.map((f) => f.cell)).not.toEqual(before.map((f) => f.cell));
    },
  );
});

describe('Suizhou (000/001): header fields, indicators beside merged name and targets', () => {
  test('a project form: 年度资金总额 beside its label, 项目名称 / 中期 / 年度 below theirs', () => {
    const form = onlyForm('suizhou-2025', '12345热线') as ProjectForm;
    expect(form.kind).toBe('project');
    expect([form.year, address(form.yearCell), form.moneyUnit]).toEqual([2025, 'A2', '万元']);
    const field = (key: keyof ProjectForm['fields']) => [
      address(form.fields[key]?.value),
      form.fields[key]?.value.raw,
    ];
    expect(field('年度资金总额')).toEqual(['B3', 7]);
    expect(field('项目名称')).toEqual(['A6', '12345热线工作专项经费']);
    expect(address(form.fields['中期绩效目标']?.value)).toBe('B6');
    expect(address(form.fields['年度绩效目标']?.value)).toBe('C6');
  });

  test('merged 一级 / 二级 cells are inherited by every row they span', () => {
    const form = onlyForm('suizhou-2025', '政务公开');
    const rows = form.tables[0].rows;
    expect(rows.find((row) => row.row === 7)).toMatchObject({
      level1: { text: '产出指标', row: 6, col: 3 },
      level2: { text: '数量指标', row: 6, col: 4 },
      level3: '政府门户网站和政务新媒体监测',
      operator: '=',
      value: '100',
      valueRaw: 100,
      unit: '%',
    });
    expect(describeRow(rows.find((row) => row.row === 9)!)).toBe(
      '产出指标@D7 / 质量指标@E9 / 年底政务公开评估',
    );
    expect(describeRow(rows[rows.length - 1])).toBe(
      '效益指标@D13 / 社会公众或服务对象满意度指标@E17 / 提高受益面积，提高社会公众或服务对象满意度指标。',
    );
  });

  test('a 指标值 merged down over the next row (H7:H8) is its value too, and says where it is', () => {
    const book = loadExample('suizhou-2025', '12345热线');
    const grid = sheetOf(book, '12345热线');
    grid.merges.push({ top: 6, left: 7, bottom: 7, right: 7 });
    const rows = readSheet(grid).forms[0].tables[0].rows;
    const [quality, timeliness] = [rows.find((r) => r.row === 6)!, rows.find((r) => r.row === 7)!];
    expect(quality).toMatchObject({ value: '95', valueRaw: 95, mergedFrom: null });
    expect(timeliness).toMatchObject({
      level3: '按时办结率',
      value: '95',
      valueRaw: 95,
      mergedFrom: { value: { row: 6, col: 7 } },
    });
    // A finding on either row's value points at the merged cell's owner.
    setCell(grid, 'H7', 120);
    expect(places(byRule(check(book), 'value.percent-range'))).toEqual([
      'value.percent-range 12345热线!H7',
      'value.percent-range 12345热线!H7',
    ]);
  });

  test('the department form: fund table with its printed years, staff block, and the table without operator or unit column', () => {
    const form = onlyForm('suizhou-2025', '部门整体') as DepartmentForm;
    expect(form.fields['部门名称']?.value.text).toBe('随州市曾都区政务服务和大数据管理局(汇总）');
    const funds = form.funds!;
    expect([
      funds.currentHeader.year,
      funds.priorHeader?.year,
      address(funds.changeHeader),
    ]).toEqual([2024, 2023, 'F9']);
    const cells = Object.values(funds.rows).map((row) => [
      row.key,
      address(row.current),
      address(row.prior),
      address(row.change),
    ]);
    expect(cells).toEqual([
      ['income.fiscal', 'D10', 'E10', 'F10'],
      ['income.other', 'D11', 'E11', 'F11'],
      ['income.total', 'D12', 'E12', 'F12'],
      ['expense.basic', 'D13', 'E13', 'F13'],
      ['expense.project', 'D14', 'E14', 'F14'],
      ['expense.total', 'D15', 'E15', 'F15'],
    ]);
    expect(funds.rows['expense.basic']?.change?.raw).toBe(-10.64);
    const staff = form.staff!;
    expect(
      [staff.total, staff.onRoll, staff.offRoll].map((cell) => [address(cell), cell.raw]),
    ).toEqual([
      ['B8', 15],
      ['D8', 4],
      ['E8', 11],
    ]);
    const table = form.tables[0];
    expect([table.caption, table.rows.length]).toEqual(['年度绩效指标', 14]);
    expect(table.rows.every((row) => row.operator === null && row.unit === null)).toBe(true);
    expect(describeRow(table.rows.find((row) => row.row === 21)!)).toBe(
      '产出指标@B18 / 公共管理@C21 / 系统建设',
    );
    expect(form.tasks).toBeNull();
  });
});

describe('Ezhou (002): a header block and two indicator tables', () => {
  const form = () => onlyForm('ezhou-2025', '一窗受理工作项目') as ProjectForm;

  test('header fields beside their labels; "金额单位：万元"; the year from the title', () => {
    const read = form();
    expect([read.year, address(read.yearCell), read.moneyUnit]).toEqual([2025, 'A1', '万元']);
    expect([
      read.fields['项目名称']?.value.text,
      read.fields['年度资金总额']?.value.text,
      read.fields['项目类型']?.value.text,
    ]).toEqual(['一窗受理工作项目', '266万', '常年性项目']);
    expect(address(read.fields['年度绩效目标']?.value)).toBe('B10');
    expect(address(read.fields['中期绩效目标']?.value)).toBe('B9');
  });

  test('both tables are read, the long-term one flagged; the operator is inside the value', () => {
    const tables = form().tables;
    expect(tables.map((t) => [t.caption, t.longTerm, t.rows.length])).toEqual([
      ['长期绩效目标表', true, 5],
      ['年度绩效目标表', false, 5],
    ]);
    expect(
      tables.every((t) => t.rows.every((row) => row.operator === null && row.unit === null)),
    ).toBe(true);
    expect(tables[1].rows.map(describeRow)).toEqual([
      '成本指标@B20 / 经济成本指标@C20 / 总成本',
      '产出指标@B21 / 数量指标@C21 / 服务窗口工作人员数量',
      '产出指标@B21 / 质量指标@C22 / 优化政务服务环境',
      '产出指标@B21 / 社会效益@C23 / 提高窗口人员服务质量',
      '满意度指标@B24 / 服务对象@C24 / 群众满意度',
    ]);
  });

  test('a merged 二级 over two rows (市民中心水电费 数量指标 C22:C23) covers both', () => {
    const rows = onlyForm('ezhou-2025', '市民中心水电费').tables[1].rows;
    expect(
      rows
        .filter((row) => row.level2.text === '数量指标')
        .map((row) => [row.level3, address(row.level2)]),
    ).toEqual([
      ['每月消耗水量', 'C22'],
      ['每月消耗电量', 'C22'],
    ]);
  });
});

describe('other places: group labels and levels printed one column to the left', () => {
  const corpusForm = (id: string) => {
    const [form] = readWorkbook(corpusGrid(readCorpusEntry(id))).sheets[0].forms;
    return form as ProjectForm;
  };

  // A label merged down beside a block with its own heading groups the block: no value of its own.
  test.each([
    ['hubei-ezhou-2022-bangonglou', 'A5', '项目预算 beside a 成本构成 | 金额 table'],
    ['chongqing-fengjie-2023-jiagongyuan', 'A10', '项目资金 beside 预算执行 10分 and its labels'],
  ])('%s: the group label at %s (%s) is no field', (id, cell) => {
    const fields = Object.values(corpusForm(id).fields).map((field) => address(field?.label));
    expect(fields).not.toContain(cell);
  });

  // Field labels of other places, read by their shape: the cell each field's value is read from.
  test.each([
    ['chongqing-fengjie-2023-jiagongyuan', '年度资金总额', 'D11'], // 当年年度预算
    ['chongqing-fengjie-2023-jiagongyuan', '财政拨款', 'D12'], // 其中:财政资金
    ['chongqing-fengjie-2023-jiagongyuan', '其他资金', 'D13'], // 其中:其它资金
    ['chongqing-fengjie-2023-jiagongyuan', '主管部门', 'F5'], // 业务主管部门
    ['gansu-jiayuguan-2023-bowuguan', '年度资金总额', 'B9'], // 预算申报数
    ['gansu-jiayuguan-2023-bowuguan', '主管部门', 'D5'], // 项目主管部门
    ['neimenggu-wuhai-2021-zaishengziyuan', '财政拨款', 'D10'], // 其中: 财政拨款数
    ['shanxi-yangquan-2021-sihaonongcunlu', '年度资金总额', 'F6'], // 年度预算资金总额, not 项目预算资金
  ] as const)('%s: %s is read from %s', (id, key, cell) => {
    expect(address(corpusForm(id).fields[key]?.value)).toBe(cell);
  });

  test('浮梁 (江西): a heading over the sheet is no field where the field’s own label has its value beside it', () => {
    const form = readWorkbook(corpusGrid(readCorpusEntry('jiangxi-fuliang-2026-linyeju'))).sheets[0]
      .forms[0] as DepartmentForm;
    expect([
      address(form.fields['年度整体绩效总目标']?.value),
      address(form.fields['部门职能概述']?.value),
      form.fields['部门名称']?.value.text,
    ]).toEqual(['B7', 'B5', '浮梁县林业局']);
  });

  test('鄂州 2022: the 一级指标 column holds the 二级, the 二级指标 column the 三级; the 一级 is the hierarchy’s', () => {
    const [table] = corpusForm('hubei-ezhou-2022-bangonglou').tables;
    expect(table.rows.map(describeRow)).toEqual([
      '@A13 / 数量指标@A13 / 办公大楼日常维修维护次数',
      '@A14 / 数量指标@A13 / 大楼安检巡察次数',
      '@A15 / 质量指标@A15 / 办公大楼日常维修维护验收合格率',
      '@A16 / 质量指标@A15 / 经常性大型设备更新验收合格率',
      '@A17 / 质量指标@A15 / 重要设备维修维保验收合格率',
    ]);
    expect(table.rows.map((row) => row.value)).toEqual(['2280次', '200次', '>92%', '≥92%', '95%']);
    const result = check(corpusGrid(readCorpusEntry('hubei-ezhou-2022-bangonglou')));
    expect(byRule(result, 'hierarchy.unknown-level1')).toEqual([]);
    expect(byRule(result, 'hierarchy.unknown-level2')).toEqual([]);
    expect(byRule(result, 'form.unplaced')).toEqual([]);
  });
  test.each([
    ['(2021年)', 2021],
    ['2021年', 2021],
    ['（ 2023年度）', 2023],
    ['2019年度)', 2019],
    ['2021年实际执行数', null],
    ['2021年12月', null],
  ])('the year line %s is the year %s', (text, year) => {
    expect(yearOfYearLine(text)).toBe(year);
  });

  // Where no 一级 is written, a 二级 the profile places under one 一级 only belongs to that one.
  test.each([
    ['mof-2021', '数量指标', '产出指标'],
    ['mof-2021', '经济成本指标', '成本指标'],
    ['legacy-project', '成本指标', '产出指标'],
    ['mof-2015', '服务对象满意度指标', '满意度指标'],
    ['mof-2021', '品质指标', null],
  ])('%s: a 二级 %s written without its 一级 is under %s', (profile, level2, level1) => {
    const levels = hierarchyOf(builtinProfile(profile)!).levels('', level2);
    expect(levels.level1?.name ?? null).toBe(level1);
    expect(levels.misfits).toBe(level1 === null ? 1 : 0);
  });
});

describe('Yantian (003): task list, 部门（单位）名称, deadlines, 不适用', () => {
  test('the 年度主要任务 table and its 金额合计', () => {
    const form = onlyForm('yantian-2022', '部门整体') as DepartmentForm;
    expect([form.year, address(form.yearCell), form.funds, form.staff]).toEqual([
      2022,
      'A3',
      null,
      null,
    ]);
    expect(form.fields['部门名称']?.value.text).toBe('深圳市盐田区政务服务数据管理局（本级）');
    expect(form.fields['年度整体绩效总目标']?.value.row).toBe(11);
    const tasks = form.tasks!;
    expect(
      tasks.rows.map((task) => [
        task.name.text,
        task.total?.raw,
        task.fiscal?.raw,
        task.other?.raw,
      ]),
    ).toEqual([
      ['基本支出', 422.09, 422.09, 0],
      ['政务事项管理', 87.99, 87.99, 0],
      ['政务数据共享和开放、数据安全工作', 30, 30, 0],
      ['日常运维管理', 15, 15, 0],
    ]);
    expect([tasks.sum?.name.text, address(tasks.sum?.total), tasks.sum?.total?.raw]).toEqual([
      '金额合计',
      'E11',
      555.08,
    ]);
  });

  test('the indicator table: 23 rows under 产出 / 效益, the caption merged down its left side', () => {
    const table = onlyForm('yantian-2022', '部门整体').tables[0];
    expect([table.caption, table.rows.length, address({ row: table.headerRow, col: 0 })]).toEqual([
      '年度绩效指标',
      23,
      'A13',
    ]);
    expect(describeRow(table.rows.find((row) => row.row === 24)!)).toBe(
      '产出@B14 / 时效@C25 / 宣传活动开展时间',
    );
    expect(describeRow(table.rows[table.rows.length - 1])).toBe(
      '效益@B29 / 其他满意度@C36 / 不适用',
    );
  });
});

describe('several forms on one sheet', () => {
  test('000 stacked on one sheet reads nine forms, each with its own fields, and checks as the package does', () => {
    const book = loadExample('suizhou-2025');
    const sheet = stacked('曾都区2025', book.sheets);
    const forms = readSheet(sheet).forms;
    expect(forms.map((form) => [form.kind, form.year])).toEqual([
      ['department', 2025],
      ...new Array(8).fill(['project', 2025]),
    ]);
    expect(
      forms.slice(1).map((form) => (form as ProjectForm).fields['年度资金总额']?.value.raw ?? null),
    ).toEqual([7, 7, 9, 11, 14, 150, 7, null]);
    const separate = check(book);
    const together = check({ sheets: [sheet] });
    expect(together.findings.map((f) => f.rule).sort()).toEqual(
      separate.findings.map((f) => f.rule).sort(),
    );
    // The unfunded project is named by its name, as its sheet no longer tells it apart.
    expect(single(together, 'budget.projects-unknown')).toMatchObject({
      cell: 'D14',
      message: expect.stringContaining('“市、区合属办公项目经费”（工作表“曾都区2025”）'),
    });
  });
});

describe('odd input', () => {
  test('an empty workbook, and a workbook of empty sheets: no forms, no findings', () => {
    expect(check({ sheets: [] })).toEqual({ forms: [], findings: [] });
    expect(
      check({
        sheets: [
          { name: 'Sheet1', rows: [], merges: [] },
          { name: 'Sheet2', rows: [[null, '  ']], merges: [] },
        ],
      }),
    ).toEqual({
      forms: [],
      findings: [],
    });
  });

  test('a sheet of prose, even prose about the forms (000 第四部分), is form.unrecognized and nothing else', () => {
    const prose: Grid = {
      name: '预算绩效情况',
      rows: [
        ['第四部分 预算绩效情况'],
        ['一、部门整体绩效目标编制情况'],
        [
          '本部门整体绩效目标是：为保障机关日常工作正常运转，对镇、街道、管委会、村〈社区）基层政务服务工作进行指导、督察、考核。',
        ],
        ['产出指标：指标名称保障机关正常运转，指标值保障运转；指标名称业务培训，指标值 2次。'],
        ['二、重点项目绩效目标编制情况'],
        ['项目绩效指标设置情况：'],
      ],
      merges: [],
    };
    const reading = readWorkbook({ sheets: [prose] });
    expect(reading.sheets).toEqual([
      { sheet: '预算绩效情况', forms: [], recognized: false, ignored: false },
    ]);
    expect(places(check({ sheets: [prose] }).findings)).toEqual([
      'form.unrecognized 预算绩效情况!A1',
    ]);
  });

  test('a 20,000-row indicator table is read to its end and every row checked', () => {
    const book = loadExample('suizhou-2025', '12345热线');
    const grid = sheetOf(book, '12345热线');
    // Derived from 12345热线: 20,000 more 数量 rows after F6, inside the merged 项目名称 / 一级 cells.
    const extra = Array.from({ length: 20_000 }, (_, i) => [
      null,
      null,
      null,
      null,
      null,
      `第${i + 1}期热线业务培训`,
      '≥',
      1,
      '次',
    ]);
    insertRows(grid, 7, extra);
    setCell(grid, 'H20000', '≥**');
    const form = readSheet(grid).forms[0];
    expect(form.tables[0].rows).toHaveLength(20_009);
    expect(describeRow(form.tables[0].rows[20_000])).toBe(
      '产出指标@D6 / 数量指标@E6 / 第20000期热线业务培训',
    );
    const result = check(book);
    expect(single(result, 'value.placeholder')).toMatchObject({
      cell: 'H20000',
      sheet: '12345热线',
    });
    // The rows after the inserted ones are still there: ≧ at 质量 (F20007) is read as ≥.
    expect(byRule(result, 'operator.nonstandard').map((f) => f.cell)).toEqual(['G6', 'G20007']);
  });
});
