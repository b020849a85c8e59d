/** 项目支出绩效目标申报表: header block, indicator table, footer. */
import type Decimal from 'decimal.js';
import type { Profile } from '../engine';
import {
  addAmountValidation,
  addFieldPair,
  addFooter,
  addIndicatorTable,
  addLongTextRow,
  addSignatureBlock,
  addTitle,
  buildFormSheet,
  formColumnWidths,
  NUMBER_FORMATS,
} from './formParts';
import type { SheetLayout } from './layout';
import { LIST_NAMES } from './lists';
import { SheetBuilder } from './sheetBuilder';

export const PROJECT_TITLE = '项目支出绩效目标申报表';

export interface ProjectSpec {
  name: string;
  /** 年度资金总额 in the profile's money unit; null leaves it to fill. */
  funding: Decimal | null;
}

export interface ProjectSheetOptions {
  sheetName: string;
  year: number;
  profile: Profile;
  project: ProjectSpec | null;
  /** 主管部门, prefilled when known. */
  department: string | null;
}

export function describeProjectSheet(options: ProjectSheetOptions): {
  sheet: SheetLayout;
  fundingCell: string;
} {
  const { profile, project, department } = options;
  const builder = new SheetBuilder(options.sheetName, formColumnWidths(profile));
  let row = addTitle(builder, PROJECT_TITLE, options.year);

  addFieldPair(
    builder,
    row++,
    { label: '项目名称', value: project?.name },
    { label: '项目编码', numberFormat: NUMBER_FORMATS.text },
  );
  addFieldPair(
    builder,
    row++,
    { label: '主管部门', value: department ?? undefined },
    { label: '实施单位' },
  );
  addFieldPair(
    builder,
    row++,
    { label: '项目类型', list: LIST_NAMES.projectTypes },
    { label: '资金性质', list: LIST_NAMES.fundNatures },
  );

  // 年度资金总额 beside its two parts, 其中：财政拨款 over 其他资金. No line break in this label:
  // the checker quotes it in messages.
  const unit = profile.moneyUnit;
  const amount = { numberFormat: NUMBER_FORMATS.amount };
  builder.label(row, 0, `年度资金总额（${unit}）`, { rows: 2 });
  const funding = project?.funding ? { ...amount, value: project.funding.toNumber() } : amount;
  const fundingCell = builder.input(row, 1, 'number', funding, { rows: 2, cols: 3 });
  builder.label(row, 4, '其中：财政拨款');
  const fiscalCell = builder.input(row, 5, 'number', amount, { cols: 3 });
  builder.label(row + 1, 4, '其他资金');
  const otherCell = builder.input(row + 1, 5, 'number', amount, { cols: 3 });
  for (const cell of [fundingCell, fiscalCell, otherCell]) addAmountValidation(builder, cell, unit);
  row += 2;

  addLongTextRow(builder, row++, '立项依据', 3);
  addLongTextRow(builder, row++, '中期绩效目标', 3);
  addLongTextRow(builder, row++, '年度绩效目标', 3);

  const table = addIndicatorTable(builder, row, 'project', profile);
  const footerRow = table.next;
  addFooter(builder, footerRow);
  if (profile.signatureBlock) addSignatureBlock(builder, footerRow);
  return { sheet: buildFormSheet(builder, 'project', table), fundingCell };
}
