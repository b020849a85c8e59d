/** 生成 in the open workbook: new sheets only, lists and profile carried, checked like any form. */
import type { AddinController } from '../../src/addin/controller';
import { PROFILE_SHEET } from '../../src/engine';
import {
  type FakeExcel,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../src/sandbox/fakeExcel';
import { DEPARTMENT_TITLE, LISTS_SHEET, PROJECT_TITLE } from '../../src/template';
import { afterTyping, checkedOnce } from './liveExcel';
import { cellHolding, PACKAGE_REQUEST } from './workbooks';

/** A workbook someone already works in: a project sheet called 项目A with their own notes. */
function workInProgress(): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: '项目A',
        visibility: 'Visible',
        cells: { A1: { value: '我的草稿' }, B2: { value: 35, fill: '#FFFF00', note: '待核对' } },
        merges: ['A1:C1'],
        validations: [],
      },
      {
        name: DEPARTMENT_TITLE,
        visibility: 'Visible',
        cells: { A1: { value: '去年的表' } },
        merges: [],
        validations: [],
      },
    ],
    selection: null,
  };
}

function sheet(excel: FakeExcel, name: string): SheetSnapshot {
  const found = excel.snapshot().sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`sheet ${name} missing`);
  return found;
}

let excel: FakeExcel;
let controller: AddinController;

afterEach(() => controller.stop());

describe('a package', () => {
  const request = PACKAGE_REQUEST;

  it('adds the department form, one form per project, the lists and the profile', async () => {
    ({ excel, controller } = await checkedOnce());
    await controller.generate(request);
    const state = controller.getState();
    expect(state.message?.kind).toBe('success');
    expect(state.forms.map((form) => [form.sheet, form.kind, form.year])).toEqual([
      [DEPARTMENT_TITLE, 'department', 2026],
      ['项目A', 'project', 2026],
      ['项目B', 'project', 2026],
    ]);
    expect(state.profiles.map((profile) => [profile.id, profile.source]).sort()).toEqual([
      ['hubei-department', 'embedded'],
      ['mof-2021', 'embedded'],
    ]);
    expect(sheet(excel, LISTS_SHEET).visibility).toBe('VeryHidden');
    expect(sheet(excel, PROFILE_SHEET).visibility).toBe('VeryHidden');
    // The department's 项目支出 is the projects' sum, by formula.
    expect(state.findings.filter((finding) => finding.rule.startsWith('budget.projects'))).toEqual(
      [],
    );
  });

  it('gives every project form the hierarchy the officer chose for the package', async () => {
    ({ excel, controller } = await checkedOnce());
    await controller.generate({ ...request, projectProfileId: 'legacy-project' });
    expect(controller.getState().forms.map((form) => [form.kind, form.profile])).toEqual([
      ['department', 'hubei-department'],
      ['project', 'legacy-project'],
      ['project', 'legacy-project'],
    ]);
  });

  it('lays out drop-downs, the dependent 二级 list through defined names, locks and protection', async () => {
    ({ excel, controller } = await checkedOnce());
    await controller.generate(request);
    const project = sheet(excel, '项目A');
    expect(project.protected).toBe(true);
    const names = new Set((excel.snapshot().names ?? []).map((item) => item.name));
    const listSources = project.validations
      .filter((rule) => rule.type === 'list')
      .map((rule) => rule.source);
    const level2 = listSources.filter((source) => source.startsWith('=INDIRECT('));
    expect(level2.length).toBeGreaterThan(0);
    for (const source of listSources.filter((candidate) => !candidate.startsWith('=INDIRECT('))) {
      expect(names).toContain(source.slice(1));
    }
    // INDIRECT("项目_"&$A$12) names the 二级 list of the row's 一级: 项目_产出指标 must exist.
    const prefix = /^=INDIRECT\("([^"]+)"&/.exec(level2[0])?.[1];
    expect(names).toContain(`${prefix}产出指标`);
    const label = cellHolding(excel.snapshot(), '项目A', '项目名称');
    expect(project.cells[label].locked).toBeUndefined(); // Excel's default: locked
    expect(Object.values(project.cells).some((cell) => cell.locked === false)).toBe(true);
  });

  it('keeps the department total in step while a project is typed in, in at most two syncs', async () => {
    jest.useFakeTimers();
    try {
      ({ excel, controller } = await checkedOnce());
      await controller.start();
      await controller.generate(request);
      const funding = Object.entries(sheet(excel, '项目A').cells).find(
        ([, cell]) => cell.value === 35,
      )?.[0];
      if (!funding) throw new Error('funding cell missing');
      excel.resetCounters();
      excel.setValue('项目A', funding, 40);
      await afterTyping(controller);
      expect(excel.syncCount()).toBeLessThanOrEqual(2);
      const state = controller.getState();
      expect(
        state.findings.filter((finding) => finding.rule.startsWith('budget.projects')),
      ).toEqual([]);
      const department = sheet(excel, DEPARTMENT_TITLE);
      expect(
        Object.values(department.cells).some(
          (cell) => cell.formula?.includes("'项目A'!") && cell.value === 52.5,
        ),
      ).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('never replaces a sheet', () => {
  it('adds "(2)" to taken names, leaves the existing sheets exactly as they were, and links the renamed sheets', async () => {
    const before = workInProgress();
    ({ excel, controller } = await checkedOnce(before));
    await controller.generate({
      kind: 'package',
      year: 2026,
      projects: [{ name: '项目A', funding: '35' }],
    });
    expect(excel.sheets().slice(0, 4)).toEqual([
      '项目A',
      DEPARTMENT_TITLE,
      `${DEPARTMENT_TITLE} (2)`,
      '项目A (2)',
    ]);
    const kept = excel
      .snapshot()
      .sheets.slice(0, 2)
      .map(({ id: _id, ...rest }) => rest);
    expect(kept).toEqual(
      before.sheets.map((item) => ({ ...item, protected: undefined, columnWidths: undefined })),
    );
    const department = sheet(excel, `${DEPARTMENT_TITLE} (2)`);
    expect(
      Object.values(department.cells).some((cell) => cell.formula?.includes("'项目A (2)'!")),
    ).toBe(true);
    expect(controller.getState().forms.map((form) => form.sheet)).toEqual([
      `${DEPARTMENT_TITLE} (2)`,
      '项目A (2)',
    ]);
  });

  it('reuses the lists when the same template is generated twice, and adds suffixed lists for another profile', async () => {
    ({ excel, controller } = await checkedOnce());
    await controller.generate({ kind: 'project', year: 2026 });
    await controller.generate({ kind: 'project', year: 2026 });
    expect(excel.sheets().filter((name) => name.startsWith(LISTS_SHEET))).toEqual([LISTS_SHEET]);
    expect(excel.sheets()).toContain(`${PROJECT_TITLE} (2)`);

    await controller.generate({ kind: 'project', year: 2026, profileId: 'legacy-project' });
    const legacy = sheet(excel, `${PROJECT_TITLE} (3)`);
    const names = new Set((excel.snapshot().names ?? []).map((item) => item.name));
    const direct = legacy.validations.filter(
      (rule) => rule.type === 'list' && !rule.source.startsWith('=INDIRECT('),
    );
    for (const rule of direct) expect(names).toContain(rule.source.slice(1));
    expect(direct.every((rule) => rule.source.endsWith('_2'))).toBe(true);
    expect(controller.getState().forms.map((form) => form.profile)).toEqual([
      'mof-2021',
      'mof-2021',
      'legacy-project',
    ]);
  });
});

describe('bad requests', () => {
  it.each([
    [{ kind: 'project' as const, year: 99 }, /年度/],
    [{ kind: 'department' as const, year: 2026, profileId: 'no-such' }, /找不到配置/],
    [{ kind: 'department' as const, year: 2026, profileId: 'mof-2021' }, /不能用来生成/],
    [
      { kind: 'package' as const, year: 2026, projects: [{ name: '项目A', funding: '三十五' }] },
      /不是不小于 0 的数字/,
    ],
    [{ kind: 'package' as const, year: 2026, projects: [] }, /项目列表为空/],
    [
      {
        kind: 'package' as const,
        year: 2026,
        projectProfileId: 'hubei-department',
        projects: [{ name: '项目A', funding: '35' }],
      },
      /不能用来生成项目支出/,
    ],
  ])('explains %j in Chinese and adds nothing', async (request, reason) => {
    ({ excel, controller } = await checkedOnce(workInProgress()));
    const before = excel.snapshot();
    await controller.generate(request);
    expect(controller.getState().message).toEqual({
      kind: 'error',
      text: expect.stringMatching(reason),
    });
    expect(controller.getState().status).toBe('idle');
    expect(excel.snapshot()).toEqual(before);
  });
});

it('highlights and clears generated (protected) forms, which stay protected', async () => {
  ({ excel, controller } = await checkedOnce());
  await controller.generate({ kind: 'department', year: 2026, name: '随州市财政局' });
  const generated = excel.snapshot();
  await controller.highlight();
  const finding = controller.getState().findings[0];
  expect(excel.getFill(finding.sheet, finding.cell)).not.toBeNull();
  expect(sheet(excel, finding.sheet).protected).toBe(true);
  await controller.clearHighlight();
  expect(excel.snapshot()).toEqual(generated);
});
