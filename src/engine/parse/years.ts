/** Years printed on forms: "（2025 年度）", "2022 年度", "2025年项目支出…", "2024年预算金额（C）". */
import { memoizeShortText, toHalfWidth } from '../text';

/** A line that is a year and nothing else: "(2021年)", "2021年", "2021 年度)". */
const YEAR_ALONE = /^\(?\s*(\d{4})\s*年\s*度?\s*\)?$/;

/**
 * The year of a year line, "（2025 年度）" or a year alone; every form of a package prints the
 * same one: each text is read once.
 */
export const yearOfYearLine = memoizeShortText((text: string): number | null => {
  const halfWidth = toHalfWidth(text).trim();
  const match = /(\d{4})\s*年\s*度/.exec(halfWidth) ?? YEAR_ALONE.exec(halfWidth);
  return match ? Number(match[1]) : null;
});

export function leadingYear(text: string): number | null {
  const match = /^\s*(\d{4})\s*年/.exec(toHalfWidth(text));
  return match ? Number(match[1]) : null;
}

export function anyYear(text: string): number | null {
  const match = /((?:19|20)\d{2})\s*年/.exec(toHalfWidth(text));
  return match ? Number(match[1]) : null;
}
