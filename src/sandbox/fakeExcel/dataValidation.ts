/**
 * Excel.DataValidation: a range's one rule (list, decimal, whole number or text length) as the
 * snapshot keeps it. Prompts and error alerts are accepted (queued and counted), not modelled.
 */
import type { ExcelApi } from '../../addin';
import { parseRange, rangesOverlap, rangeToA1, type CellRange } from '../../engine';
import type { Cells } from './cells';
import { FakeClientObject, type FakeContext } from './context';
import { FakeOfficeError } from './errors';
import type { ValidationSnapshot } from './snapshot';

export class FakeDataValidation extends FakeClientObject<Cells> implements ExcelApi.DataValidation {
  protected readonly scalarNames = ['rule', 'prompt', 'errorAlert'] as const;

  constructor(context: FakeContext, resolve: () => Cells | null) {
    super(context, resolve, { queued: false });
  }

  get rule(): Excel.DataValidationRule {
    return this.loadedValue('rule');
  }
  set rule(rule: Excel.DataValidationRule) {
    this.later(({ sheet, areas }) => {
      const added = areas.map((area) => toValidation(rangeToA1(area), rule));
      sheet.validations = [
        ...sheet.validations.filter((existing) => !overlapsAny(existing.range, areas)),
        ...added,
      ];
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.loadedValue('prompt');
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.later(() => void prompt);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.loadedValue('errorAlert');
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.later(() => void alert);
  }

  clear(): void {
    this.later(({ sheet, areas }) => {
      sheet.validations = sheet.validations.filter(
        (existing) => !overlapsAny(existing.range, areas),
      );
    });
  }

  protected readScalar(name: string, { sheet, areas }: Cells): unknown {
    if (name === 'prompt' || name === 'errorAlert') return null;
    if (name !== 'rule')
      throw new FakeOfficeError('InvalidArgument', `数据验证没有属性“${name}”。`);
    const found = sheet.validations.find((existing) => overlapsAny(existing.range, areas));
    if (!found) return {};
    if (found.type === 'list') return { list: { inCellDropDown: true, source: found.source } };
    const key = found.type === 'whole' ? 'wholeNumber' : found.type;
    return { [key]: { formula1: found.source, operator: found.operator } };
  }
}

/** The one rule a validation holds, as the snapshot keeps it. */
function toValidation(range: string, rule: Excel.DataValidationRule): ValidationSnapshot {
  if (rule.list) {
    const source = rule.list.source;
    if (typeof source !== 'string' || !source)
      throw new FakeOfficeError('InvalidArgument', '下拉列表的来源不能为空，且须写成文字。');
    return { range, type: 'list', source };
  }
  const bound: [ValidationSnapshot['type'], Excel.BasicDataValidation | undefined][] = [
    ['decimal', rule.decimal],
    ['whole', rule.wholeNumber],
    ['textLength', rule.textLength],
  ];
  const found = bound.find(([, value]) => value !== undefined);
  const formula = found?.[1]?.formula1;
  if (!found?.[1] || (typeof formula !== 'string' && typeof formula !== 'number'))
    throw new FakeOfficeError('InvalidArgument', '模拟的 Excel 不支持这种数据验证。');
  return { range, type: found[0], source: String(formula), operator: found[1].operator };
}

function overlapsAny(address: string, areas: CellRange[]): boolean {
  const range = parseRange(address);
  return !!range && areas.some((area) => rangesOverlap(range, area));
}
