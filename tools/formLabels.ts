/** The labels docs/FORMS.md names on each form, as the templates must print them. */
import { INDICATOR_COLUMN_LABELS, type IndicatorColumn } from '../src/engine';

/** The indicator table's columns as docs/FORMS.md lists them, worded as the reader knows them. */
const PRINTED_COLUMNS: IndicatorColumn[] = [
  'level1',
  'level2',
  'level3',
  'operator',
  'value',
  'unit',
  'basis',
  'remark',
];

export const PROJECT_LABELS = [
  '项目名称',
  '项目编码',
  '主管部门',
  '实施单位',
  '项目类型',
  '资金性质',
  '年度资金总额（万元）',
  '其中：财政拨款',
  '其他资金',
  '立项依据',
  '中期绩效目标',
  '年度绩效目标',
];
export const TABLE_LABELS = [
  ...PRINTED_COLUMNS.map((column) => INDICATOR_COLUMN_LABELS[column][0]),
  '填报人',
  '联系电话',
  '填报日期',
];
export const DEPARTMENT_LABELS = [
  '部门名称',
  '主管部门',
  '部门职能概述',
  '人员基本情况',
  '实有在职人员合计（A+B）',
  '在职在编人员（A）',
  '在职无编人员（B）',
  '部门总体资金情况（万元）',
  '收入构成',
  '支出构成',
  '财政拨款',
  '其他资金',
  '基本支出',
  '项目支出',
  '预算增减变化（C-D）',
  '年度整体绩效总目标',
];
