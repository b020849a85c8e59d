/**
 * The controller against the simulated Excel, through the real engine: a department's 2025
 * package (the Suizhou department form, two Ezhou project forms) checked live while a person types.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { AddinController, type PaneState } from '../../src/addin/controller';
import { MARKS_SHEET } from '../../src/addin/host/marks';
import {
  builtinProfile,
  PROFILE_SHEET,
  profileToJson,
  RULES,
  SEVERITY_FILL,
  SEVERITY_ORDER,
  type Finding,
  type Profile,
} from '../../src/engine';
import {
  createFakeExcel,
  emptySnapshot,
  type FakeExcel,
  type WorkbookSnapshot,
} from '../../src/sandbox/fakeExcel';
import { afterTyping, startLive, stopLive } from './liveExcel';
import { packageSnapshot, placeAt } from './workbooks';

const DEPARTMENT = '部门整体';

const utf8 = (text: string) => new TextEncoder().encode(text);
const PROJECT = '政府雇员经费';

function projectsTotal(state: PaneState): Finding | undefined {
  return state.findings.find((finding) => finding.rule === 'budget.projects-total');
}

let excel: FakeExcel;
let controller: AddinController;
let original: WorkbookSnapshot;

beforeAll(async () => {
  original = await packageSnapshot();
});

beforeEach(async () => {
  ({ excel, controller } = await startLive(original));
});

afterEach(() => stopLive(controller));

describe('start and 检查', () => {
  it('lists the forms and the package total that does not add up', () => {
    const state = controller.getState();
    expect(state.status).toBe('idle');
    expect(state.forms.map((form) => [form.sheet, form.kind, form.year])).toEqual([
      [DEPARTMENT, 'department', 2025],
      [PROJECT, 'project', 2025],
      ['政务服务提升工作经费', 'project', 2025],
    ]);
    expect(projectsTotal(state)).toMatchObject({
      sheet: DEPARTMENT,
      cell: 'D14',
      severity: 'error',
    });
    expect(projectsTotal(state)?.message).toContain('175');
    const { error, warning, info } = state.counts;
    expect(error + warning + info).toBe(state.findings.length);
    expect(state.counts.error).toBe(
      state.findings.filter((finding) => finding.severity === 'error').length,
    );
    expect(state.profiles.map((profile) => profile.id).sort()).toEqual([
      'hubei-department',
      'mof-2021',
    ]);
    expect(state.highlighted).toBe(false);
  });
});

describe('live checking', () => {
  it("updates the department's total when a project's funding is typed, in at most two syncs", async () => {
    excel.resetCounters();
    excel.setValue(PROJECT, 'B4', '194万');
    await afterTyping(controller);
    expect(excel.syncCount()).toBeLessThanOrEqual(2);
    expect(projectsTotal(controller.getState())).toBeUndefined();

    excel.resetCounters();
    excel.setValue(PROJECT, 'B4', '200万');
    await afterTyping(controller);
    expect(excel.syncCount()).toBeLessThanOrEqual(2);
    expect(projectsTotal(controller.getState())?.message).toContain('225');
  });

  it('checks a burst of typing once', async () => {
    excel.resetCounters();
    excel.setValue(PROJECT, 'B4', '100万');
    excel.setValue(PROJECT, 'B4', '190万');
    excel.setValue('政务服务提升工作经费', 'B4', '29万');
    await afterTyping(controller);
    expect(excel.syncCount()).toBe(1);
    expect(projectsTotal(controller.getState())).toBeUndefined();
  });

  it('catches a drop-down pick that fired no change event when the selection moves', async () => {
    const before = controller.getState().findings.length;
    excel.setValue(PROJECT, 'B4', '194万', { fireChanged: false });
    await afterTyping(controller);
    expect(controller.getState().findings).toHaveLength(before);
    excel.select(PROJECT, 'C4');
    await afterTyping(controller);
    expect(projectsTotal(controller.getState())).toBeUndefined();
  });

  it('reads once and changes nothing when the selection moves over an unchanged sheet', async () => {
    const before = controller.getState();
    excel.resetCounters();
    excel.select(DEPARTMENT, 'C13');
    await afterTyping(controller);
    expect(excel.syncCount()).toBe(1);
    expect(controller.getState()).toBe(before);
  });
});

describe('live costs', () => {
  const actions: [string, () => void][] = [
    ['typing outside the forms', () => excel.setValue(PROJECT, 'Z60', '备忘')],
    ['a click', () => excel.select(DEPARTMENT, 'C13')],
  ];

  async function cost(act: () => void): Promise<number[]> {
    excel.resetCounters();
    act();
    await afterTyping(controller);
    return [excel.syncCount(), excel.apiCallCount(), excel.loadCount()];
  }

  it.each(actions)(
    '%s costs the same Excel calls with every finding marked as with none',
    async (_, act) => {
      const unmarked = await cost(act);
      await controller.highlight();
      expect(controller.getState().findings.length).toBeGreaterThan(0);
      expect(controller.getState().highlighted).toBe(true);
      expect(await cost(act)).toEqual(unmarked);
    },
  );
});

describe('高亮错误 and 清除高亮', () => {
  it('marks every finding in two syncs and is not re-checked by its own writes', async () => {
    excel.resetCounters();
    await controller.highlight();
    await afterTyping(controller);
    expect(excel.syncCount()).toBe(2);
    const state = controller.getState();
    expect(state.highlighted).toBe(true);
    for (const finding of state.findings) {
      const sameCell = state.findings.filter(
        (other) => other.sheet === finding.sheet && other.cell === finding.cell,
      );
      const worst = [...sameCell].sort(
        (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
      )[0];
      expect(excel.getFill(finding.sheet, finding.cell)).toBe(SEVERITY_FILL[worst.severity]);
      expect(excel.getNote(finding.sheet, finding.cell)).toContain(finding.message);
    }
  });

  it('unmarks a fixed cell while the person types, and restores it exactly', async () => {
    await controller.highlight();
    expect(excel.getFill(DEPARTMENT, 'D14')).toBe(SEVERITY_FILL.error);
    excel.resetCounters();
    excel.setValue(PROJECT, 'B4', '194万');
    await afterTyping(controller);
    // Read the edited sheets; read the fixed cell's note and protection; write it back.
    expect(excel.syncCount()).toBe(3);
    expect(excel.getFill(DEPARTMENT, 'D14')).toBeNull();
    expect(excel.getNote(DEPARTMENT, 'D14')).toBeNull();
    expect(controller.getState().highlighted).toBe(true);
  });

  it('clears back to the workbook as it was', async () => {
    await controller.highlight();
    await controller.clearHighlight();
    expect(controller.getState().highlighted).toBe(false);
    expect(excel.snapshot()).toEqual(createFakeExcel(original).snapshot());
    expect(controller.getState().message?.kind).toBe('success');
  });

  it('clears after the workbook was saved, closed and reopened in a new session', async () => {
    await controller.highlight();
    const saved = JSON.parse(JSON.stringify(excel.snapshot())) as WorkbookSnapshot;
    await controller.stop();

    ({ excel, controller } = await startLive(saved));
    expect(controller.getState().highlighted).toBe(true);
    await controller.clearHighlight();
    expect(excel.sheets()).not.toContain(MARKS_SHEET);
    expect(excel.snapshot()).toEqual(createFakeExcel(original).snapshot());
  });

  it('says there is nothing to clear when nothing is marked, and changes nothing', async () => {
    excel.resetCounters();
    await controller.clearHighlight();
    expect(excel.syncCount()).toBe(0);
    expect(controller.getState().message).toEqual({
      kind: 'info',
      text: expect.stringContaining('没有高亮'),
    });
    expect(excel.snapshot()).toEqual(createFakeExcel(original).snapshot());
  });
});

describe('select', () => {
  it("activates the finding's sheet and selects its cell", async () => {
    const finding = projectsTotal(controller.getState());
    if (!finding) throw new Error('expected the projects-total finding');
    await controller.select(finding);
    expect(excel.snapshot().selection).toEqual({ sheet: DEPARTMENT, address: 'D14' });
  });

  it('takes a success off the message bar, and keeps an error', async () => {
    const finding = projectsTotal(controller.getState());
    if (!finding) throw new Error('expected the projects-total finding');
    await controller.highlight();
    expect(controller.getState().message?.kind).toBe('success');
    await controller.select(finding);
    expect(controller.getState().message).toBeNull();
    await controller.select({ ...finding, sheet: '已删除的表' });
    const error = controller.getState().message;
    expect(error?.kind).toBe('error');
    await controller.select(finding);
    expect(controller.getState().message).toBe(error);
  });

  it('explains in Chinese when the sheet is gone', async () => {
    await controller.select({
      rule: 'budget.change',
      ruleName: '增减额计算错误',
      severity: 'error',
      sheet: '已删除的表',
      ...placeAt('F13'),
      message: '…',
    });
    expect(controller.getState().message).toEqual({
      kind: 'error',
      text: expect.stringMatching(/已删除的表.*找不到/),
    });
  });
});

describe('profiles', () => {
  const profileFixture = (name: string) =>
    readFileSync(join(__dirname, '..', 'fixtures', 'profiles', name));

  it.each<[string, Uint8Array, RegExp[]]>([
    ['GBK (Notepad ANSI)', profileFixture('notepad-gbk.json'), [/GBK.*另存为/]],
    ['not JSON', utf8('不是 JSON'), [/第 1 行第 \d+ 列/]],
    [
      'four problems',
      profileFixture('several-problems.json'),
      [
        /quantifiedShare（产出指标量化比例）/,
        /moneyUnit（金额单位）/,
        /level3RowsPerLevel2/,
        /requiredLevel1/,
      ],
    ],
  ])(
    'refuses a file in %s with every problem in Chinese at once, and writes nothing',
    async (_, bytes, problems) => {
      const result = await controller.importProfile(bytes);
      expect(result.ok).toBe(false);
      expect(result.errors).toHaveLength(problems.length);
      problems.forEach((problem, i) => expect(result.errors[i]).toMatch(problem));
      const message = controller.getState().message;
      expect(message?.kind).toBe('error');
      for (const error of result.errors) expect(message?.text).toContain(error);
      expect(excel.sheets()).not.toContain(PROFILE_SHEET);
    },
  );

  it('imports a Notepad UTF-8 file with a byte-order mark', async () => {
    const result = await controller.importProfile(profileFixture('notepad-utf8-bom.json'));
    expect(result).toEqual({ ok: true, errors: [] });
    expect(excel.sheets()).toContain(PROFILE_SHEET);
  });

  it('embeds a bureau profile that then checks the projects, and exports it', async () => {
    const bureau = {
      id: 'ezhou-project',
      name: '鄂州市项目支出绩效指标',
      form: 'project',
      hierarchy: [
        { name: '成本指标', level2: ['经济成本指标'] },
        { name: '产出指标', level2: ['数量指标', '质量指标', '时效指标'] },
        { name: '效益指标', level2: ['社会效益指标'] },
        { name: '满意度指标', level2: ['服务对象满意度指标'] },
      ],
    };
    const result = await controller.importProfile(utf8(JSON.stringify(bureau)));
    expect(result).toEqual({ ok: true, errors: [] });
    expect(controller.getState().message?.text).toContain('已按它重新检查 2 张申报表');
    const sheet = excel.snapshot().sheets.find((candidate) => candidate.name === PROFILE_SHEET);
    expect(sheet?.visibility).toBe('VeryHidden');
    const state = controller.getState();
    expect(
      state.forms.filter((form) => form.kind === 'project').map((form) => form.profile),
    ).toEqual(['ezhou-project', 'ezhou-project']);
    expect(state.profiles).toContainEqual(
      expect.objectContaining({ id: 'ezhou-project', source: 'embedded' }),
    );
    const exported = await controller.exportProfile();
    expect(JSON.parse(exported ?? 'null')).toMatchObject({
      id: 'ezhou-project',
      name: bureau.name,
    });
  });

  it('checks by the built-in when an imported copy of it lowers severities, and says so', async () => {
    const mof = builtinProfile('mof-2021') as Profile;
    const silenced = {
      ...JSON.parse(profileToJson(mof)),
      severity: Object.fromEntries(RULES.map((rule) => [rule.id, 'info'])),
    };
    expect(await controller.importProfile(utf8(JSON.stringify(silenced)))).toMatchObject({
      ok: true,
    });
    expect(controller.getState().message?.text).toContain('检查结果未变');
    const state = controller.getState();
    const modified = state.findings.filter(
      (finding) => finding.rule === 'profile.modified-builtin',
    );
    expect(modified.map((finding) => finding.sheet)).toEqual([PROJECT, '政务服务提升工作经费']);
    expect(modified[0].message).toContain('级别由“错误”改为“提示”');
    expect(state.profiles).toContainEqual(
      expect.objectContaining({
        id: 'mof-2021',
        source: 'builtin',
        fingerprint: expect.any(String),
      }),
    );
    expect(state.profiles.some((profile) => profile.source === 'embedded')).toBe(false);
  });

  it('exports the built-in profile in use when the workbook carries none', async () => {
    const exported = JSON.parse((await controller.exportProfile()) ?? 'null');
    expect(controller.getState().profiles.map((profile) => profile.id)).toContain(exported.id);
    expect(exported).toEqual(JSON.parse(profileToJson(builtinProfile(exported.id) as Profile)));
  });

  it('exports nothing when no form was found', async () => {
    const blank = createFakeExcel(emptySnapshot());
    const onBlank = new AddinController(blank.run);
    await onBlank.check();
    expect(await onBlank.exportProfile()).toBeNull();
  });
});
