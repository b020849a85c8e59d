/** Text output is for a terminal: no control characters from cells, sheet or file names; long texts cut. */
import { join } from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';
import { tempDir } from './tempDir';

// eslint-disable-next-line no-control-regex -- what must not reach the terminal
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('a workbook whose texts carry terminal escapes', () => {
  const dir = tempDir('terminal');
  // ESC ] 0 ; … BEL retitles the window, ESC [ 2 J clears the screen, ESC c resets the terminal.
  const file = join(dir, 'package\u001b[2J.xlsx');
  // Long, yet under the reader's 32,767-character cell limit (READ_LIMITS.cellText).
  const long = '社会效益' + '长'.repeat(30_000);

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile('examples/ezhou-2025.xlsx');
    const sheet = workbook.getWorksheet('一窗受理工作项目')!;
    // exceljs turns the _x001B_ escapes of the file into the characters themselves when reading.
    sheet.getCell('C16').value = '社会效益_x001B_]0;pwned_x0007_';
    sheet.getCell('C23').value = long;
    sheet.name = '一窗受理\u001bc';
    await workbook.xlsx.writeFile(file);
  });

  it('keeps them in JSON, where they are escaped', async () => {
    const { stdout } = await runCli('check', '--format', 'json', file);
    expect(stdout).not.toContain('\u001b');
    const report = JSON.parse(stdout);
    expect(report.files[0].file).toBe(file);
    const c16 = report.files[0].issues.find(
      (issue: { cell: string; sheet: string }) =>
        issue.sheet.startsWith('一窗受理') && issue.cell === 'C16',
    );
    expect(c16.message).toContain('社会效益\u001b]0;pwned\u0007');
    expect(JSON.stringify(report)).toContain(long);
  });

  it('prints no control character in text, and long quoted cell texts shortened', async () => {
    const { stdout } = await runCli('check', file);
    const lines = stdout.split('\n');
    for (const line of lines) expect(line).not.toMatch(CONTROL);
    expect(stdout).toContain('package[2J.xlsx');
    expect(stdout).toContain('二级指标“社会效益]0;pwned”');
    const c23 = lines.find((line) => line.includes('C23') && line.includes('一窗受理'))!;
    expect(c23).toContain('…”');
    expect(c23.length).toBeLessThan(300);
  });

  it('prints no control character from a file name in annotate messages', async () => {
    const output = join(dir, 'marked\u001b]0;x\u0007.xlsx');
    const { stdout } = await runCli('annotate', file, '-o', output);
    expect(stdout).toContain('已写出');
    for (const line of stdout.split('\n')) expect(line).not.toMatch(CONTROL);
  });
});
