/** The defaults every host offers when generating (CLI, pane, web page): one place for them. */
import type { FormKind } from '../engine';

/** The profile each form gets where none is named. */
export const DEFAULT_PROFILE_IDS: Record<FormKind, string> = {
  project: 'mof-2021',
  department: 'hubei-department',
};

/** The years a form may be generated for. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** Forms are drawn up the year before they apply. */
export function defaultYear(): number {
  return new Date().getFullYear() + 1;
}

/** Why a typed year is refused, in Chinese; null for a year in YEAR_RANGE. */
export function yearProblem(text: string): string | null {
  const typed = text.trim();
  const year = Number(typed);
  if (/^\d{4}$/.test(typed) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max) return null;
  return `年度应为 ${YEAR_RANGE.min}–${YEAR_RANGE.max} 之间的四位数字，如 ${defaultYear()}，而不是“${typed}”`;
}
