/** Profiles: the built-ins, a bureau's JSON profile (validated), best-fit choice, embedded profiles, overrides. */
import {
  BUILTIN_PROFILES,
  parseProfileJson,
  PROFILE_SHEET,
  profileToJson,
  readWorkbook,
  validateProfile,
  type Profile,
  type WorkbookGrid,
} from '../../src/engine';
import { byRule, check, loadExample, type ExampleName } from './fixtures';

/** A bureau profile as a finance bureau would write it: Ezhou's tree, 效益 not required (002 files none). */
const BUREAU = {
  id: 'ezhou-2025',
  name: '鄂州市 2025 年项目支出绩效指标体系',
  form: 'project',
  hierarchy: [
    { name: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '社会效益指标'] },
    { name: '成本指标', level2: ['经济成本指标'] },
    { name: '效益指标', level2: ['经济效益指标', '社会效益指标'] },
    { name: '满意度指标', level2: ['服务对象满意度指标'] },
  ],
  requiredLevel1: ['产出指标', '成本指标', '满意度指标'],
};

function bureauProfile(changes: Record<string, unknown> = {}): Profile {
  const result = validateProfile({ ...BUREAU, ...changes });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.profile;
}

function withEmbedded(book: WorkbookGrid, ...cells: string[]): WorkbookGrid {
  book.sheets.push({
    name: PROFILE_SHEET,
    rows: cells.map((text) => [text]),
    merges: [],
    hidden: true,
  });
  return book;
}

describe('the built-in profiles', () => {
  test('are the four of docs/FORMS.md and the national 2015 template, with their forms and 一级', () => {
    expect(
      BUILTIN_PROFILES.map((p) => [p.id, p.form, p.hierarchy.map((node) => node.name)]),
    ).toEqual([
      ['mof-2021', 'project', ['产出指标', '成本指标', '效益指标', '满意度指标']],
      ['legacy-project', 'project', ['产出指标', '效益指标']],
      ['mof-2015', 'project', ['产出指标', '效益指标', '满意度指标']],
      ['hubei-department', 'department', ['产出指标', '效益指标']],
      ['shenzhen-department', 'department', ['产出', '效益']],
    ]);
  });

  test('成本指标 is a 一级 in mof-2021 and a 二级 of 产出 in legacy-project', () => {
    const [mof, legacy] = BUILTIN_PROFILES;
    expect(mof.hierarchy[1]).toEqual({
      name: '成本指标',
      level2: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
    });
    expect(legacy.hierarchy[0].level2).toEqual(['数量指标', '质量指标', '时效指标', '成本指标']);
  });

  test('take the defaults: 产出 and 效益 required, plus 成本 and 满意度 where they are 一级; 50%; 万元; 0.01', () => {
    expect(BUILTIN_PROFILES.map((p) => p.requiredLevel1)).toEqual([
      ['产出指标', '成本指标', '效益指标', '满意度指标'],
      ['产出指标', '效益指标'],
      ['产出指标', '效益指标', '满意度指标'],
      ['产出指标', '效益指标'],
      ['产出', '效益'],
    ]);
    for (const profile of BUILTIN_PROFILES) {
      expect([
        profile.minLevel3PerLevel1,
        profile.quantifiedShare,
        profile.moneyUnit,
        profile.tolerance,
      ]).toEqual([1, 0.5, '万元', '0.01']);
    }
  });

  test('survive JSON: profileToJson reads back to the same profile', () => {
    for (const profile of BUILTIN_PROFILES)
      expect(parseProfileJson(profileToJson(profile))).toEqual({ ok: true, profile });
  });
});

describe('a bureau profile in JSON', () => {
  test('valid JSON with the settings left out gets the defaults', () => {
    const result = parseProfileJson(JSON.stringify(BUREAU));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.profile).toMatchObject({
        id: 'ezhou-2025',
        minLevel3PerLevel1: 1,
        quantifiedShare: 0.5,
        moneyUnit: '万元',
        extraUnits: [],
      });
  });

  const without = (key: keyof typeof BUREAU) =>
    Object.fromEntries(Object.entries(BUREAU).filter(([k]) => k !== key));

  test.each<[string, unknown, string[]]>([
    [
      'a wrong type',
      { ...BUREAU, quantifiedShare: '50%' },
      ['quantifiedShare', '产出指标量化比例', '类型不对', '数字'],
    ],
    ['a missing id', without('id'), ['id', '配置编号', '缺失']],
    ['an unknown key', { ...BUREAU, minLevel3: 2 }, ['minLevel3', '不认识的字段']],
    [
      'an unknown key inside the hierarchy',
      { ...BUREAU, hierarchy: [{ name: '产出指标', level2: ['数量指标'], level3: [] }] },
      ['hierarchy[0]', 'level3', '不认识的字段'],
    ],
    ['a bad form', { ...BUREAU, form: 'projects' }, ['form', '适用表单', 'project、department']],
    [
      'a bad money unit',
      { ...BUREAU, moneyUnit: '美元' },
      ['moneyUnit', '金额单位', '元、千元、万元、亿元'],
    ],
    [
      'a bad severity',
      { ...BUREAU, severity: { 'budget.change': 'fatal' } },
      ['severity.budget.change', '规则级别调整', 'error、warning、info'],
    ],
    [
      'a severity for no rule',
      { ...BUREAU, severity: { 'budget.chang': 'warning' } },
      ['severity.budget.chang', '没有编号为“budget.chang”的规则'],
    ],
    [
      'requiredLevel1 not in the hierarchy',
      { ...BUREAU, requiredLevel1: ['效果指标'] },
      ['requiredLevel1[0]', '必填一级指标', '效果指标', 'hierarchy'],
    ],
    [
      'a 一级 with no 二级',
      { ...BUREAU, hierarchy: [{ name: '产出指标', level2: [] }] },
      ['hierarchy[0].level2', '二级指标', '至少需要 1 项'],
    ],
    [
      'a 一级 without a name: named as a 一级, not as the profile',
      { ...BUREAU, hierarchy: [{ name: ' ', level2: ['数量指标'] }] },
      ['hierarchy[0].name（一级指标名称）', '不能为空'],
    ],
    ['an id with capitals and spaces', { ...BUREAU, id: 'Ezhou 2025' }, ['id', '小写字母']],
    ['a negative tolerance', { ...BUREAU, tolerance: -1 }, ['tolerance', '金额容差', '不能小于 0']],
    ['a list where the profile object belongs', [BUREAU], ['配置文件', '类型不对', '对象']],
  ])('%s is named, in Chinese', (_mistake, data, mentions) => {
    const result = parseProfileJson(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    for (const text of mentions) expect(result.errors[0]).toContain(text);
  });

  test('invalid JSON is told by line and column', () => {
    const text = JSON.stringify(BUREAU, null, 2).replace(
      '"form": "project",',
      '"form": "project",,',
    );
    const result = parseProfileJson(text);
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('不是有效的 JSON')] });
    if (!result.ok) expect(result.errors[0]).toMatch(/第 4 行第 \d+ 列/);
    expect(parseProfileJson('{"id": "ezhou-2025"')).toEqual({
      ok: false,
      errors: [expect.stringContaining('不完整')],
    });
  });
});

describe('best fit', () => {
  test.each<[ExampleName, string, string]>([
    ['suizhou-2025', '12345热线', 'legacy-project'],
    ['suizhou-2024', '政务公开', 'legacy-project'],
    ['ezhou-2025', '一窗受理工作项目', 'mof-2021'],
    ['suizhou-2025', '部门整体', 'hubei-department'],
    ['suizhou-2024', '部门整体', 'hubei-department'],
    ['yantian-2022', '部门整体', 'shenzhen-department'],
  ])('%s %s → %s', (example, sheet, profile) => {
    expect(check(loadExample(example, sheet)).forms.map((form) => form.profile)).toEqual([profile]);
  });

  test('every form of a package is fitted on its own', () => {
    const profiles = new Set(
      check(loadExample('suizhou-2025')).forms.map((form) => `${form.kind} ${form.profile}`),
    );
    expect([...profiles].sort()).toEqual(['department hubei-department', 'project legacy-project']);
  });

  test('a profile given for the run (--profile) is used for the forms of its kind only', () => {
    const result = check(loadExample('suizhou-2025'), { profiles: [BUILTIN_PROFILES[0]] });
    expect(new Set(result.forms.map((form) => `${form.kind} ${form.profile}`))).toEqual(
      new Set(['department hubei-department', 'project mof-2021']),
    );
    // Checked against mof-2021, Suizhou's 成本指标 under 产出 is in the wrong place.
    expect(byRule(result, 'hierarchy.unknown-level2', '12345热线').map((f) => f.cell)).toEqual([
      'E9',
      'E14',
    ]);
  });
});

describe('a profile carried in the workbook', () => {
  test(`JSON in A1 of ${PROFILE_SHEET} is used for every project form, and named in the report`, () => {
    // Of 002's ten forms only 数据工作项目经费 has a 效益 row: two tables each for the other nine.
    const plain = check(loadExample('ezhou-2025'));
    expect(byRule(plain, 'hierarchy.required-level1')).toHaveLength(18);
    const book = withEmbedded(loadExample('ezhou-2025'), JSON.stringify(BUREAU));
    expect(readWorkbook(book).embeddedProfiles.map((p) => p.id)).toEqual(['ezhou-2025']);
    const result = check(book);
    expect(new Set(result.forms.map((form) => form.profile))).toEqual(new Set(['ezhou-2025']));
    // Its tree puts 社会效益指标 under 产出 and does not require 效益.
    expect(byRule(result, 'hierarchy.required-level1')).toEqual([]);
    expect(byRule(result, 'hierarchy.level2-parent')).toEqual([]);
    // The profile sheet itself is no form and not listed.
    expect(byRule(result, 'form.unrecognized')).toEqual([]);
  });

  test('a department form in the same workbook still gets its best-fit built-in', () => {
    const result = check(
      withEmbedded(
        loadExample('suizhou-2025'),
        JSON.stringify({ ...BUREAU, id: 'suizhou-projects' }),
      ),
    );
    expect(result.forms.find((form) => form.kind === 'department')?.profile).toBe(
      'hubei-department',
    );
    expect(
      result.forms
        .filter((form) => form.kind === 'project')
        .every((form) => form.profile === 'suizhou-projects'),
    ).toBe(true);
  });

  test('an embedded profile that does not validate is reported with its cell, and the built-ins are used', () => {
    const book = withEmbedded(
      loadExample('ezhou-2025', '一窗受理工作项目'),
      JSON.stringify({ ...BUREAU, moneyUnit: '美元' }),
    );
    const reading = readWorkbook(book);
    expect(reading.embeddedProfiles).toEqual([]);
    expect(reading.profileErrors).toHaveLength(1);
    for (const text of [PROFILE_SHEET, 'A1', 'moneyUnit'])
      expect(reading.profileErrors[0]).toContain(text);
    expect(check(book).forms[0].profile).toBe('mof-2021');
  });
});

describe('severity overrides', () => {
  test('a profile may lower a rule: 002 without 效益 rows becomes a warning', () => {
    const profile = bureauProfile({
      requiredLevel1: undefined,
      severity: { 'hierarchy.required-level1': 'warning' },
    });
    const found = byRule(
      check(loadExample('ezhou-2025', '政府雇员经费'), { profiles: [profile] }),
      'hierarchy.required-level1',
    );
    expect(found.map((f) => [f.cell, f.severity])).toEqual([
      ['B13', 'warning'],
      ['B20', 'warning'],
    ]);
  });

  test('and raise one: operator.nonstandard (等于35人) becomes an error', () => {
    const profile = bureauProfile({ severity: { 'operator.nonstandard': 'error' } });
    const found = byRule(
      check(loadExample('ezhou-2025', '一窗受理工作项目'), { profiles: [profile] }),
      'operator.nonstandard',
    );
    expect(found.map((f) => f.severity)).toEqual(['error', 'error']);
  });
});
