/** form.mixed-hierarchy: project forms of one workbook that follow different indicator hierarchies. */
import type { WorkbookGrid } from '../../../src/engine';
import { byRule, check, loadExample } from '../fixtures';

/** One workbook holding the sheets of several examples. */
function together(...books: WorkbookGrid[]): WorkbookGrid {
  return { sheets: books.flatMap((book) => book.sheets) };
}

const EZHOU = '一窗受理工作项目'; // mof-2021: 成本指标 a 一级
const HOTLINE = '12345热线'; // legacy-project: 成本指标 under 产出指标
const OPENNESS = '政务公开'; // legacy-project

test.each([
  ['suizhou-2025, all legacy-project', loadExample('suizhou-2025'), []],
  ['ezhou-2025, all mof-2021', loadExample('ezhou-2025'), []],
  [
    'one Ezhou form beside two Suizhou forms: the Ezhou one differs',
    together(loadExample('suizhou-2025', HOTLINE, OPENNESS), loadExample('ezhou-2025', EZHOU)),
    [EZHOU],
  ],
  [
    'one of each: the later sheet differs from the first',
    together(loadExample('ezhou-2025', EZHOU), loadExample('suizhou-2025', HOTLINE)),
    [HOTLINE],
  ],
  [
    'a department form of another hierarchy does not count',
    together(loadExample('yantian-2022'), loadExample('suizhou-2025', HOTLINE)),
    [],
  ],
] as const)('%s', (_name, book, sheets) => {
  const findings = byRule(check(book), 'form.mixed-hierarchy');
  expect(findings.map((finding) => finding.sheet)).toEqual(sheets);
  for (const finding of findings) {
    expect(finding.severity).toBe('warning');
    expect(finding.message).toContain(`工作表“${finding.sheet}”`);
    expect(finding.message).toMatch(/与同一工作簿中工作表 “.+”/);
  }
});
