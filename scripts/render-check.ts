/**
 * npm run test:render: generates both templates and a package with the CLI, prints them to PDF
 * with LibreOffice, and checks that the printed pages hold the titles, the labels of docs/FORMS.md,
 * the profile's indicators and the years, on landscape A4, without the hidden tool sheets; that
 * every page after a form's first starts its indicator rows with a 一级 label, the signature
 * block prints where the profile asks for it, and blank amounts print nothing (no 0 or 0.00).
 *
 * Needs libreoffice (Debian: libreoffice-calc), pdftotext/pdfinfo (poppler-utils) and a CJK
 * font (fonts-noto-cjk). `--keep DIR` keeps the .xlsx and .pdf files there for a look.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main as runCli } from '../src/cli/main';
import { builtinProfile } from '../src/engine/profiles/builtins';
import { DEPARTMENT_LABELS, PROJECT_LABELS, TABLE_LABELS } from '../tools/formLabels';

interface Case {
  file: string;
  args: string[];
  /** Texts the printed pages must show (compared without white space). */
  expected: string[];
  pages: { min: number };
  /** 一级 names a continued page may start its indicator rows with. */
  level1: string[];
  /** The profile prints 单位（盖章）/负责人/日期 (mof-2021 does, hubei-department does not). */
  signature: boolean;
}

/** What may follow the repeated table header on a page: a 一级 label, or the rows under the table. */
const TABLE_END = ['填报人', '单位（盖章）'];

function level1Names(...profileIds: string[]): string[] {
  return profileIds.flatMap((id) => builtinProfile(id)?.hierarchy.map((node) => node.name) ?? []);
}

/** A form's printed page: its title and labels; the department's also 合计 and the table's caption. */
const PROJECT_PAGE = ['项目支出绩效目标申报表', ...PROJECT_LABELS];
const DEPARTMENT_PAGE = [
  '部门整体支出绩效目标申报表',
  ...DEPARTMENT_LABELS,
  '合计',
  '年度绩效指标',
];
/** Never printed: the tool sheets are hidden. */
const HIDDEN_MARKERS = ['_perf_forms', '"hierarchy"', '列表_'];

function indicatorNames(profileId: string): string[] {
  const profile = builtinProfile(profileId);
  if (!profile) throw new Error(`内置配置 ${profileId} 不存在`);
  return profile.hierarchy.flatMap((node) => [node.name, ...node.level2]);
}

function cases(): Case[] {
  const nextYear = new Date().getFullYear() + 1;
  const departmentYear = 2031;
  return [
    {
      // No --year: the template is for next year.
      file: 'project.xlsx',
      args: ['--kind', 'project', '--name', '城区道路养护'],
      expected: [
        ...PROJECT_PAGE,
        ...TABLE_LABELS,
        ...indicatorNames('mof-2021'),
        `（${nextYear}年度）`,
        '城区道路养护',
      ],
      pages: { min: 1 },
      level1: level1Names('mof-2021'),
      signature: true,
    },
    {
      file: 'department.xlsx',
      args: [
        '--kind',
        'department',
        '--year',
        String(departmentYear),
        '--name',
        '某市政务服务和大数据管理局',
      ],
      expected: [
        ...DEPARTMENT_PAGE,
        ...TABLE_LABELS,
        ...indicatorNames('hubei-department'),
        `（${departmentYear}年度）`,
        `${departmentYear}年预算金额（C）`,
        `${departmentYear - 1}年预算金额（D）`,
      ],
      pages: { min: 1 },
      level1: level1Names('hubei-department'),
      signature: false,
    },
    {
      file: 'package.xlsx',
      args: [
        '--kind',
        'department',
        '--year',
        '2027',
        '--name',
        '某局',
        '--projects',
        '热线运行:12.5,政务公开:30',
      ],
      expected: [
        ...DEPARTMENT_PAGE,
        ...PROJECT_PAGE,
        '热线运行',
        '政务公开',
        '12.50',
        '30.00',
        // 项目支出 (C) sums the projects by formula.
        '42.50',
        '（2027年度）',
      ],
      pages: { min: 3 },
      level1: level1Names('mof-2021', 'hubei-department'),
      signature: true,
    },
  ];
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** The words of `pdftotext -bbox` output with their top-left corners (points). */
function wordsOf(html: string): { text: string; x: number; y: number }[] {
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
    (match) => ({ text: match[3], x: Number(match[1]), y: Number(match[2]) }),
  );
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * `check examples --summary`: every printed page is landscape A4 and shows a whole header row
 * (fit to the page width, the header repeated), and the forms and findings are all there.
 */
async function checkSummary(
  dir: string,
  officeProfile: string,
  check: (name: string, ok: boolean, detail?: string) => void,
): Promise<void> {
  const xlsx = join(dir, 'summary.xlsx');
  let json = '';
  await runCli(['check', '--format', 'json', 'examples'], {
    stdout: (text) => (json += text),
    stderr: () => undefined,
    interactive: false,
  });
  const quiet = { stdout: () => undefined, stderr: () => undefined, interactive: false };
  const code = await runCli(['check', 'examples', '--summary', xlsx, '--force'], quiet);
  check('summary.xlsx 生成', code === 1, `退出码 ${code}`);
  run('libreoffice', [officeProfile, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx]);
  const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
  // -layout keeps each printed row on one line, so a header row reads as one text.
  const headers = [
    ['文件', '工作表', '表类型', '单位或项目名称', '年度', '配置', '错误', '警告', '提示'],
    ['文件', '工作表', '单元格', '规则名称', '严重程度', '说明', '建议'],
  ].map((row) => row.join(''));
  const cut: number[] = [];
  const portrait: number[] = [];
  for (let page = 1; page <= pages; page++) {
    const range = ['-f', String(page), '-l', String(page)];
    if (
      !headers.some((header) =>
        squash(run('pdftotext', ['-layout', ...range, pdf, '-'])).includes(header),
      )
    )
      cut.push(page);
    // With -f/-l pdfinfo names the page: "Page    3 size: 841.89 x 595.3 pts (A4)".
    const size = /Page\s+\d*\s*size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(
      run('pdfinfo', [...range, pdf]),
    );
    if (!size || Number(size[1]) <= Number(size[2])) portrait.push(page);
  }
  check(
    'summary.xlsx 每页横向 A4',
    pages > 0 && portrait.length === 0,
    `第 ${portrait.join('、')} 页`,
  );
  check('summary.xlsx 每页有完整表头（适应页宽）', cut.length === 0, `第 ${cut.join('、')} 页`);
  // A line wrapped at a hyphen loses it in the extracted text ("suizhou-\n2024").
  const unhyphenated = (value: string) => squash(value).replace(/-/g, '');
  const text = unhyphenated(run('pdftotext', [pdf, '-']));
  const report = JSON.parse(json) as {
    files: { forms: { sheet: string }[]; issues: { message: string }[] }[];
  };
  const missing = report.files
    .flatMap((file) => [
      ...file.forms.map((form) => form.sheet),
      ...file.issues.map((i) => i.message),
    ])
    .filter((expected) => !text.includes(unhyphenated(expected)));
  check(
    'summary.xlsx 打印出每张表与每个问题',
    missing.length === 0,
    `缺少 ${missing.slice(0, 3).join('、')}`,
  );
}

async function main(): Promise<number> {
  const keepAt = process.argv.indexOf('--keep');
  const dir =
    keepAt > 0 ? process.argv[keepAt + 1] : mkdtempSync(join(tmpdir(), 'perf-forms-render-'));
  mkdirSync(dir, { recursive: true });
  // A private LibreOffice profile: a running office or another check cannot lock this one.
  const officeProfile = `-env:UserInstallation=file://${join(dir, '.lo-profile')}`;
  let passed = 0;
  let failed = 0;
  const check = (name: string, ok: boolean, detail = '') => {
    if (ok) passed++;
    else failed++;
    console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `：${detail}`}`);
  };

  for (const testCase of cases()) {
    const xlsx = join(dir, testCase.file);
    const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
    const errors: string[] = [];
    const code = await runCli(['generate', ...testCase.args, '--force', '-o', xlsx], {
      stdout: () => undefined,
      stderr: (text) => errors.push(text),
      interactive: false,
    });
    check(`${testCase.file} 生成`, code === 0, errors.join(''));
    if (code !== 0) continue;
    try {
      run('libreoffice', [
        officeProfile,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        xlsx,
      ]);
    } catch (error) {
      check(`${testCase.file} 转换为 PDF`, false, (error as Error).message);
      continue;
    }
    const text = squash(run('pdftotext', [pdf, '-']));
    const missing = testCase.expected.filter((expected) => !text.includes(squash(expected)));
    check(`${testCase.file} 打印内容`, missing.length === 0, `缺少 ${missing.join('、')}`);
    const leaked = HIDDEN_MARKERS.filter((marker) => text.includes(marker));
    check(
      `${testCase.file} 不打印隐藏的工作表`,
      leaked.length === 0,
      `出现了 ${leaked.join('、')}`,
    );
    const info = run('pdfinfo', [pdf]);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(info);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    check(
      `${testCase.file} 横向 A4`,
      size !== null && size[3] === 'A4' && Number(size[1]) > Number(size[2]),
      size ? `${size[1]} x ${size[2]} ${size[3] ?? ''}` : info,
    );
    check(`${testCase.file} 页数`, pages >= testCase.pages.min, `${pages} 页`);
    check(
      `${testCase.file} 签章栏${testCase.signature ? '' : '（不印）'}`,
      text.includes(squash('单位（盖章）')) === testCase.signature,
    );
    const raw = run('pdftotext', [pdf, '-']);
    const zeros = raw.split(/\s+/).filter((token) => token === '0' || token === '0.00');
    check(`${testCase.file} 空白金额不打印 0`, zeros.length === 0, `打印了 ${zeros.length} 个 0`);
    const blank: number[] = [];
    for (let page = 2; page <= pages; page++) {
      const words = wordsOf(
        run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']),
      );
      const level1Header = words.find((word) => word.text === '一级指标');
      const level2Header = words.find((word) => word.text === '二级指标');
      if (!level1Header || !level2Header) continue;
      const below = (left: number, right: number) =>
        words
          .filter((word) => word.y > level1Header.y + 5 && word.x >= left && word.x < right)
          .sort((a, b) => a.y - b.y)[0];
      const first1 = below(0, level2Header.x - 5);
      const first2 = below(level2Header.x - 5, level2Header.x + 60);
      // A 一级 label is top-aligned in its merge: on the page's first indicator row, beside the 二级.
      const labelled =
        first1 !== undefined &&
        [...testCase.level1, ...TABLE_END].some((name) => squash(name).startsWith(first1.text)) &&
        (first2 === undefined || first1.y <= first2.y + 3);
      if (!labelled) blank.push(page);
    }
    check(
      `${testCase.file} 续页的指标行以一级指标开头`,
      blank.length === 0,
      `第 ${blank.join('、')} 页以空白一级指标开头`,
    );
  }
  await checkSummary(dir, officeProfile, check);
  if (keepAt < 0) rmSync(dir, { recursive: true, force: true });
  else console.log(`文件留在 ${dir}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`渲染检查无法运行：${error.message}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
