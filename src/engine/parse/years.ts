/** Years printed on forms: "（2025 年度）", "2022 年度", "2025年项目支出…", "2024年预算金额（C）". */
import { memoizeShortText, toHalfWidth } from '../text';

/** Every form of a package prints the same year line: each text is read once. */
export const yearOfYearLine = memoizeShortText((text: string): number | null => {
  const match = /(\d{4})\s*年\s*度/.exec(toHalfWidth(text));
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
