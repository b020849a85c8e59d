/**
 * check.html, the page officers without the add-in use: files picked in the browser are checked
 * there as `perf-forms check` checks them, annotated as `perf-forms annotate` annotates them, and
 * templates come out as `perf-forms generate` writes them; the files never leave the page.
 */
import assert from 'node:assert/strict';
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Download, Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import type { Finding } from '../../src/engine';
import type { WorksheetWithValidations } from '../../src/xlsx/writeTemplate';
import { addChart, yantianWith } from '../fixtures/packageEdits';
import { ROOT, type SandboxDriver } from './harness';
import type { BrowserSpec } from './spec';

interface CliJson {
  files: { file: string; error: string | null; issues: Finding[] }[];
}

const quiet = { stdout: () => undefined, stderr: () => undefined, interactive: false };

/** Runs the CLI in this process; returns what it printed on stdout. */
async function cli(args: string[]): Promise<string> {
  let out = '';
  await main(args, { ...quiet, stdout: (text) => (out += text) });
  return out;
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'perf-forms-check-page-'));
}

/**
 * What the CLI's JSON says of each issue that the page must say too. The CLI names a file by
 * the path it was given, the page by the file's name: the folders are left out.
 */
function essentials(issues: (Finding & { file: string })[]): string[] {
  const folders = new Set(issues.map(({ file }) => `${path.dirname(file)}/`));
  const unfoldered = (text: string) =>
    [...folders].reduce((result, folder) => result.split(folder).join(''), text);
  return issues.map(({ file, rule, sheet, cell, message }) =>
    JSON.stringify({ file: unfoldered(file), rule, sheet, cell, message: unfoldered(message) }),
  );
}

function cliIssues(json: CliJson): (Finding & { file: string })[] {
  return json.files.flatMap(({ file, issues }) => issues.map((issue) => ({ ...issue, file })));
}

/** Every request the page makes, in order. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function openCheckPage(
  driver: SandboxDriver,
): Promise<{ origin: string; requests: string[] }> {
  const requests = recordRequests(driver.page);
  const url = new URL('check.html', driver.baseUrl);
  await driver.page.goto(url.href, { waitUntil: 'networkidle' });
  await driver.page.waitForFunction(() => typeof window.checker === 'object');
  return { origin: url.origin, requests };
}

/** Milliseconds from the navigation's start to the end of the page's load event. */
function loadTime(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
}

/** A part list of an .xlsx package, sorted. */
async function partNames(file: string): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(fs.readFileSync(file))).files).sort();
}

/** Picks files through the page's file input, as a person would, and waits for their check. */
async function pick(page: Page, files: string[]): Promise<void> {
  await page
    .locator('input[type="file"]')
    .setInputFiles(files.map((file) => path.join(ROOT, file)));
  await page.evaluate(() => window.checker.ready);
}

async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).first().click(),
  ]);
  return file;
}

async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function noteText(cell: ExcelJS.Cell): string | null {
  const note = cell.note;
  if (!note) return null;
  return typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}

/** Fill and note of every cell that has either, keyed "sheet!A1", and each sheet's name. */
function marks(workbook: ExcelJS.Workbook): Map<string, string> {
  const result = new Map<string, string>();
  workbook.eachSheet((sheet) => {
    result.set(`sheet ${sheet.name}`, sheet.state);
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const fill =
          cell.fill?.type === 'pattern' ? JSON.stringify(cell.fill.fgColor ?? null) : null;
        const note = noteText(cell);
        if (fill !== null || note !== null)
          result.set(`${sheet.name}!${cell.address}`, JSON.stringify({ fill, note }));
      }),
    );
  });
  return result;
}

/** The contents of the workbook `perf-forms generate ARGS` writes. */
async function generated(args: string[]): Promise<unknown[]> {
  const file = path.join(tempDir(), 'cli.xlsx');
  await cli(['generate', ...args, '-o', file]);
  return contents(await loadXlsx(file));
}

/**
 * Downloads what the page's `button` generates and asserts it holds what `perf-forms generate`
 * writes with `args`; returns the page's contents.
 */
async function generatesAsCli(page: Page, button: string, args: string[]): Promise<unknown[]> {
  const fromPage = path.join(tempDir(), 'page.xlsx');
  await (await download(page, button)).saveAs(fromPage);
  const written = contents(await loadXlsx(fromPage));
  assert.deepEqual(written, await generated(args));
  return written;
}

/** Sheets, every cell's value (formulas with their text), merges and validations, by sheet. */
function contents(workbook: ExcelJS.Workbook): unknown[] {
  return workbook.worksheets.map((sheet) => {
    const cells: Record<string, unknown> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = cell.value;
      }),
    );
    return {
      name: sheet.name,
      state: sheet.state,
      cells,
      merges: sheet.model.merges,
      validations: (sheet as WorksheetWithValidations).dataValidations.model,
    };
  });
}

/**
 * The rows below the header of the summary's 汇总 and 问题清单, the file column left out (the
 * CLI names a file by its path and links it from the summary's folder, the page by its name).
 */
function summaryTables(workbook: ExcelJS.Workbook): unknown[][][] {
  return ['汇总', '问题清单'].map((name) => {
    const sheet = workbook.getWorksheet(name)!;
    const header = (sheet.views[0] as ExcelJS.WorksheetViewFrozen).ySplit ?? 1;
    const rows: unknown[][] = [];
    for (let r = header + 1; r <= sheet.rowCount; r++)
      rows.push((sheet.getRow(r).values as unknown[]).slice(2));
    return rows;
  });
}

const SUIZHOU = 'examples/suizhou-2025.xlsx';

export const checkPageSpecs: BrowserSpec[] = [
  {
    name: '网页版检查：随州 2025 的问题与命令行相同，可定位；标注副本同 annotate；选文件后没有任何请求',
    async run(driver) {
      const { page } = driver;
      const { origin, requests } = await openCheckPage(driver);
      const loaded = await loadTime(page);
      console.log(`  check.html 从本机服务器加载用时 ${Math.round(loaded)} ms（目标 3000 ms 内）`);
      // Printed, not asserted: the 3 s target is for an officer's PC, not a loaded CI machine.
      const atLoad = requests.length;
      await pick(page, [SUIZHOU]);

      const expected = JSON.parse(await cli(['check', '--format', 'json', SUIZHOU])) as CliJson;
      const issues = await page.evaluate(() => window.checker.issues());
      assert.ok(issues.length > 0, '随州 2025 应有问题');
      assert.deepEqual(essentials(issues), essentials(cliIssues(expected)));

      // Listed with the pane's component; a click shows the cell in the preview.
      const listed = page.locator('button[data-rule][data-cell]');
      assert.equal(await listed.count(), issues.length);
      const { sheet, cell, rule } = issues[issues.length - 1];
      await page
        .locator(`button[data-rule="${rule}"][data-cell="${sheet}!${cell}"]`)
        .first()
        .click();
      const target = page.locator('td[data-target]');
      await target.waitFor();
      assert.equal(await target.getAttribute('data-cell'), cell);
      assert.ok(await target.isVisible(), '定位的单元格应在预览中可见');
      await page
        .getByRole('region', { name: '工作表预览' })
        .getByText(`定位：${sheet}!${cell}`)
        .waitFor();

      const dir = tempDir();
      const annotated = path.join(dir, 'cli.xlsx');
      await cli(['annotate', SUIZHOU, '-o', annotated]);
      const fromPage = path.join(dir, 'page.xlsx');
      await (await download(page, '下载标注副本')).saveAs(fromPage);
      const pageMarks = marks(await loadXlsx(fromPage));
      assert.ok(
        [...pageMarks.keys()].some((key) => key.startsWith('检查结果!')),
        '应有“检查结果”工作表',
      );
      assert.deepEqual(pageMarks, marks(await loadXlsx(annotated)));

      const json = path.join(dir, 'page.json');
      await (await download(page, '下载检查结果')).saveAs(json);
      const fromPageJson = JSON.parse(fs.readFileSync(json, 'utf8')) as CliJson;
      for (const file of expected.files) file.file = path.basename(file.file);
      assert.deepEqual(fromPageJson, expected);

      const cliSummary = path.join(dir, 'cli-summary.xlsx');
      await cli(['check', SUIZHOU, '--summary', cliSummary]);
      const pageSummary = path.join(dir, 'page-summary.xlsx');
      const summaryDownload = await download(page, '下载检查汇总');
      assert.equal(summaryDownload.suggestedFilename(), '检查汇总.xlsx');
      await summaryDownload.saveAs(pageSummary);
      assert.deepEqual(
        summaryTables(await loadXlsx(pageSummary)),
        summaryTables(await loadXlsx(cliSummary)),
      );
      assert.equal(
        summaryTables(await loadXlsx(pageSummary))[1].length,
        expected.files[0].issues.length,
        '问题清单应每个问题一行',
      );

      assert.deepEqual(
        requests.slice(0, atLoad).filter((url) => new URL(url).origin !== origin),
        [],
        '页面只应从自己的服务器加载',
      );
      assert.deepEqual(requests.slice(atLoad), [], '加载后（选文件、定位、下载）不应有任何请求');
    },
  },
  {
    name: '网页版检查：带图表的工作簿，标注副本保留图表，部件与命令行 annotate 的相同',
    async run(driver) {
      const { page } = driver;
      await openCheckPage(driver);
      const dir = tempDir();
      const input = path.join(dir, '盐田（带图表）.xlsx');
      await yantianWith(input, addChart);
      await page.locator('input[type="file"]').setInputFiles(input);
      await page.evaluate(() => window.checker.ready);

      const fromPage = path.join(dir, 'page.xlsx');
      const saved = await download(page, '下载标注副本');
      assert.equal(saved.suggestedFilename(), '盐田（带图表）（已标注）.xlsx');
      await saved.saveAs(fromPage);
      const fromCli = path.join(dir, 'cli.xlsx');
      await cli(['annotate', input, '-o', fromCli]);
      const parts = await partNames(fromPage);
      assert.ok(parts.includes('xl/charts/chart1.xml'), `标注副本应保留图表：${parts.join(', ')}`);
      assert.deepEqual(parts, await partNames(fromCli));
      assert.deepEqual(marks(await loadXlsx(fromPage)), marks(await loadXlsx(fromCli)));
      // Nothing was lost, so the page warns of nothing.
      assert.equal(await page.getByText(/缺少原文件中的/).count(), 0);
    },
  },
  {
    name: '网页版检查：.xls 与 .ods 一起作为一次检查，与命令行相同；标注副本说明只能用 .xlsx',
    async run(driver) {
      const { page } = driver;
      const { requests } = await openCheckPage(driver);
      const atLoad = requests.length;
      const files = [
        'test/fixtures/converted/suizhou-2025.xls',
        'test/fixtures/converted/suizhou-2024.ods',
      ];
      await pick(page, files);
      const expected = JSON.parse(await cli(['check', '--format', 'json', ...files])) as CliJson;
      assert.deepEqual(
        essentials(await page.evaluate(() => window.checker.issues())),
        essentials(cliIssues(expected)),
      );
      const annotate = page.getByRole('button', { name: '下载标注副本', exact: true });
      assert.equal(await annotate.count(), 2);
      assert.ok(await annotate.first().isDisabled());
      await page.getByText(/标注副本只能在 \.xlsx 工作簿上写出，而 suizhou-2025\.xls 是/).waitFor();
      assert.deepEqual(requests.slice(atLoad), [], '读取 .xls/.ods 不应再加载代码');
    },
  },
  {
    name: '网页版检查：生成的项目表与部门申报包与命令行 generate 写出的相同',
    async run(driver) {
      const { page } = driver;
      await openCheckPage(driver);
      await page.getByRole('tab', { name: '生成模板' }).click();
      await page.getByRole('textbox', { name: '年度' }).fill('2026');

      await page.getByRole('textbox', { name: '项目名称' }).fill('政务公开工作经费');
      await generatesAsCli(page, '生成项目表', [
        '--kind',
        'project',
        '--year',
        '2026',
        '--name',
        '政务公开工作经费',
      ]);

      await page.getByRole('textbox', { name: '部门名称' }).fill('随州市示例局');
      await page
        .getByRole('textbox', { name: /项目清单/ })
        .fill('城区道路维修：35\n社区养老服务补贴：120.5');
      const pack = await generatesAsCli(page, '生成部门申报包', [
        '--kind',
        'department',
        '--year',
        '2026',
        '--name',
        '随州市示例局',
        '--projects',
        '城区道路维修:35,社区养老服务补贴:120.5',
        '--project-profile',
        'mof-2021',
      ]);
      assert.ok(pack.length >= 4, '申报包应有部门表、两张项目表和下拉列表');
    },
  },
  {
    name: '网页版生成模板：导入的配置文件与命令行 generate --profile 文件写出的相同；有误的配置说明原因',
    async run(driver) {
      const { page } = driver;
      await openCheckPage(driver);
      await page.getByRole('tab', { name: '生成模板' }).click();
      const importProfile = async (file: string) => {
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByRole('button', { name: '导入配置文件…', exact: true }).click(),
        ]);
        await chooser.setFiles(path.join(ROOT, file));
      };

      await importProfile('test/fixtures/profiles/several-problems.json');
      await page.getByText('配置文件 several-problems.json 有误，未导入：').waitFor();

      const PROFILE = 'examples/profiles/example-city-project.json';
      const profile = JSON.parse(fs.readFileSync(path.join(ROOT, PROFILE), 'utf8')) as {
        name: string;
      };
      await importProfile(PROFILE);
      await page.getByText(`已导入配置“${profile.name}”`).waitFor();
      await page.getByRole('textbox', { name: '年度' }).fill('2026');
      const projectForm = page.getByRole('region', { name: '项目支出绩效目标申报表' });
      await projectForm.getByRole('textbox', { name: '项目名称' }).fill('政务公开工作经费');
      await projectForm
        .getByRole('combobox', { name: '指标体系（配置）' })
        .selectOption({ label: profile.name });

      const project = ['--kind', 'project', '--year', '2026', '--name', '政务公开工作经费'];
      const written = await generatesAsCli(page, '生成项目表', [
        ...project,
        '--profile',
        path.join(ROOT, PROFILE),
      ]);
      // Not the built-in's template: the imported profile made it.
      assert.notDeepEqual(written, await generated(project));
    },
  },
  {
    name: '网页版检查页面的截图（docs/screenshots/check.png）',
    async run(driver) {
      const { page } = driver;
      await openCheckPage(driver);
      await pick(page, [SUIZHOU]);
      await page.getByRole('button', { name: '高亮错误', exact: true }).first().click();
      await page.locator('button[data-rule][data-cell]').first().click();
      await page.locator('td[data-target]').waitFor();
      fs.mkdirSync(path.join(ROOT, 'docs', 'screenshots'), { recursive: true });
      await page.screenshot({
        path: path.join(ROOT, 'docs', 'screenshots', 'check.png'),
        animations: 'disabled',
      });
    },
  },
  {
    name: '沙盒打开本机文件：在页面中转换，与服务器转换的工作簿相同，不经服务器',
    async run(driver) {
      const { page } = driver;
      await driver.open(SUIZHOU);
      const fromServer = await driver.snapshot();
      await driver.open(null);
      const requests = recordRequests(page);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: '打开本机文件…', exact: true }).click(),
      ]);
      await chooser.setFiles(path.join(ROOT, SUIZHOU));
      await page.waitForFunction(() => window.sandbox.state().forms.length > 0);
      await driver.idle();
      assert.deepEqual(await driver.snapshot(), fromServer);
      assert.equal(
        await page.getByRole('combobox', { name: '打开示例工作簿' }).inputValue(),
        'suizhou-2025.xlsx',
      );
      assert.deepEqual(
        requests.filter((url) => url.includes('api/')),
        [],
        '本机文件不应发给沙盒服务器',
      );
    },
  },
  {
    name: '沙盒的 ?file= 链接不能让页面去别的网站取文件',
    async run(driver) {
      const { page } = driver;
      const requests = recordRequests(page);
      const elsewhere = 'http://127.0.0.2:9/package.xlsx';
      const url = new URL('sandbox.html', driver.baseUrl);
      url.searchParams.set('file', elsewhere);
      await page.goto(url.href);
      await page.waitForFunction(() => typeof window.sandbox === 'object');
      await page.evaluate(() => window.sandbox.ready);
      await page.getByText('链接只能打开沙盒服务器上的文件').waitFor();
      const origin = new URL(driver.baseUrl).origin;
      assert.deepEqual(
        requests.filter((request) => new URL(request).origin !== origin),
        [],
        '不应向别的网站发出请求',
      );
    },
  },
];
