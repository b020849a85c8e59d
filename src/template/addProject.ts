/**
 * A project added to a package that already exists: its sheet is named after the project (as
 * the package's first projects are) and its 年度资金总额 joins the department form's 项目支出 (C)
 * formula. Pure: the .xlsx writer and the Office.js writer both ask it what to write.
 */
import { LISTS_SHEET } from './lists';
import { PROFILE_SHEET, type Profile } from '../engine';
import {
  describeProjectTemplate,
  sheetReference,
  uniqueSheetNames,
  type ProjectSpec,
} from './describe';
import type { TemplateLayout } from './layout';

/** The department form's 项目支出 (C) cell as the workbook holds it now. */
export interface ProjectExpenseCell {
  sheet: string;
  /** A1. */
  cell: string;
  /** "='项目A'!$B$7+'项目B'!$B$7", or null where the cell holds no formula. */
  formula: string | null;
  /** What the cell holds where it has no formula (a number the officer typed, or null). */
  value: string | number | null;
}

export interface AddedProjectPlan {
  /** The new form's sheet: the project's name, made unique in the workbook. */
  sheetName: string;
  /** The formula to write into the department's 项目支出 (C); null: leave that cell alone. */
  departmentUpdate: { sheet: string; cell: string; formula: string } | null;
}

/**
 * What to write for `projectName` in a workbook whose sheets are `sheetNames`; `fundingCell`
 * is the 年度资金总额 cell of the new form (describeProjectSheet's). A 项目支出 the officer
 * typed as a number is not replaced: it is theirs.
 */
export function planAddedProject(
  sheetNames: readonly string[],
  projectExpense: ProjectExpenseCell | null,
  projectName: string,
  fundingCell: string,
): AddedProjectPlan {
  const sheetName = addedProjectSheetName(sheetNames, projectName);
  const term = sheetReference(sheetName, fundingCell);
  if (!projectExpense) return { sheetName, departmentUpdate: null };
  const { sheet, cell, formula, value } = projectExpense;
  if (formula !== null) {
    const body = formula.replace(/^=/, '');
    return { sheetName, departmentUpdate: { sheet, cell, formula: `=${body}+${term}` } };
  }
  const empty = value === null || (typeof value === 'string' && value.trim() === '');
  return { sheetName, departmentUpdate: empty ? { sheet, cell, formula: `=${term}` } : null };
}

/** The sheet a project added to a workbook holding `sheetNames` gets: its name, made safe and unique. */
export function addedProjectSheetName(sheetNames: readonly string[], projectName: string): string {
  return uniqueSheetNames([projectName], [...sheetNames, LISTS_SHEET, PROFILE_SHEET])[0];
}

export interface AddedProjectOptions {
  year: number;
  profile: Profile;
  /** 主管部门, prefilled when known. */
  department?: string;
  project: ProjectSpec;
  sheetNames: readonly string[];
  projectExpense: ProjectExpenseCell | null;
}

/** The new project form as a template layout (its lists and profile with it), and what to update. */
export function describeAddedProject(
  options: AddedProjectOptions,
): AddedProjectPlan & { layout: TemplateLayout } {
  const { project, sheetNames, projectExpense } = options;
  const { layout, fundingCell } = describeProjectTemplate({
    ...options,
    sheetName: addedProjectSheetName(sheetNames, project.name),
  });
  return { layout, ...planAddedProject(sheetNames, projectExpense, project.name, fundingCell) };
}
