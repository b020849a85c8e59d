/**
 * The drop-down lists: their items on a hidden sheet, each reached by a defined name, so that
 * validations work alike in Excel, WPS and LibreOffice (none of them lists a range of another
 * sheet reliably without a name). The 二级 list of a row is the defined name of its 一级,
 * picked with INDIRECT.
 */
import {
  CANONICAL_OPERATORS,
  catalogUnitList,
  columnLetters,
  type FormKind,
  type Profile,
} from '../engine';
import { TemplateError } from './errors';
import type { DefinedName, SheetLayout } from './layout';
import { SheetBuilder } from './sheetBuilder';

export const LISTS_SHEET = '_perf_forms_lists';

export const PROJECT_TYPES = ['常年性项目', '延续性项目', '一次性项目'] as const;
export const FUND_NATURES = [
  '经费拨款',
  '非税收入',
  '政府性基金',
  '国有资本经营收入',
  '社会保险基金',
] as const;

/**
 * A package holds a project and a department profile whose 一级 names overlap (产出指标 in
 * both, with other 二级), so every per-form name carries the form's prefix.
 */
const KIND_PREFIX: Record<FormKind, string> = { project: '项目', department: '部门' };

export const LIST_NAMES = {
  projectTypes: '列表_项目类型',
  fundNatures: '列表_资金性质',
  operators: '列表_计算符号',
  level1: (kind: FormKind) => `列表_${KIND_PREFIX[kind]}一级指标`,
  units: (kind: FormKind) => `列表_${KIND_PREFIX[kind]}计量单位`,
} as const;

/** The defined name that lists the 二级 of a 一级: 项目_产出指标. */
export function level2ListName(kind: FormKind, level1: string): string {
  return `${KIND_PREFIX[kind]}_${level1}`;
}

/** Validation source for a named list. */
export function listSource(name: string): string {
  return `=${name}`;
}

/** Validation source for the 二级 of the 一级 in `level1Cell` ("$A$12"). */
export function level2Source(kind: FormKind, level1Cell: string): string {
  return `=INDIRECT("${KIND_PREFIX[kind]}_"&${level1Cell})`;
}

export interface ListSpec {
  name: string;
  items: readonly string[];
}

/** Letters, digits, _ and . only: what Excel, WPS and LibreOffice all accept in a defined name. */
const DEFINABLE = /^[\p{L}\p{N}_.]+$/u;

/** The lists one form needs. */
export function listsForForm(kind: FormKind, profile: Profile): ListSpec[] {
  for (const node of profile.hierarchy) {
    if (!DEFINABLE.test(node.name)) {
      throw new TemplateError(
        `配置 ${profile.id} 的一级指标“${node.name}”含有空格或标点，无法为它生成二级指标下拉列表；请在配置的 hierarchy（指标体系）中只用文字、数字和下划线命名一级指标`,
      );
    }
  }
  const units = [...new Set([...catalogUnitList(), ...profile.extraUnits])];
  const common: ListSpec[] = [
    { name: LIST_NAMES.operators, items: CANONICAL_OPERATORS },
    { name: LIST_NAMES.level1(kind), items: profile.hierarchy.map((node) => node.name) },
    { name: LIST_NAMES.units(kind), items: units },
    ...profile.hierarchy.map((node) => ({
      name: level2ListName(kind, node.name),
      items: node.level2,
    })),
  ];
  if (kind === 'department') return common;
  return [
    { name: LIST_NAMES.projectTypes, items: PROJECT_TYPES },
    { name: LIST_NAMES.fundNatures, items: FUND_NATURES },
    ...common,
  ];
}

/** One column per list: its name in row 1 (for whoever unhides the sheet), items below. */
export function describeListsSheet(lists: readonly ListSpec[]): {
  sheet: SheetLayout;
  names: DefinedName[];
} {
  const unique = [...new Map(lists.map((list) => [list.name, list])).values()];
  const builder = new SheetBuilder(
    LISTS_SHEET,
    unique.map(() => 16),
  );
  const names: DefinedName[] = unique.map((list, col) => {
    builder.put(0, col, 'plain', true, { value: list.name });
    list.items.forEach((item, index) =>
      builder.put(index + 1, col, 'plain', true, { value: item }),
    );
    const letters = columnLetters(col);
    return {
      name: list.name,
      refersTo: `='${LISTS_SHEET}'!$${letters}$2:$${letters}$${list.items.length + 1}`,
    };
  });
  const sheet = builder.build({
    // Very hidden: Excel's 取消隐藏 does not list it, so nobody edits the lists by accident.
    visibility: 'veryHidden',
    form: null,
    print: null,
    protection: null,
    showGridLines: true,
  });
  return { sheet, names };
}
