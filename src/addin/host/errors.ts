/** Excel's errors, told in Chinese: what happened and what the person can do about it. */
import { TemplateError } from '../../template/errors';
const BY_CODE: Record<string, string> = {
  ItemNotFound: '找不到要操作的工作表或单元格，工作簿可能刚被修改，请再试一次',
  ItemAlreadyExists: '同名的工作表或名称已存在',
  AccessDenied: '工作表或工作簿受保护，无法写入；请先撤销保护后重试',
  InvalidOperationInCellEditMode:
    'Excel 正处于单元格编辑状态；请先按 Enter 或 Esc 结束编辑，再重试',
  ApiNotFound: '当前 Excel 版本不支持此功能，请更新 Excel 或使用网页版 Excel',
  RequestPayloadSizeLimitExceeded: '一次要写入的内容过多，请分几次操作',
  ResponsePayloadSizeLimitExceeded: '工作簿内容过多，无法一次读取；请删去不需要的工作表后重试',
  ActivityLimitReached: 'Excel 暂时繁忙，请稍后重试',
  InvalidArgument: '操作参数无效（例如地址或名称不合法）',
  InvalidOperation: 'Excel 拒绝了这项操作，请检查工作表是否受保护或正在编辑',
};

export function describeHostError(error: unknown): string {
  // A template that cannot be made as asked already says why, in Chinese.
  if (error instanceof TemplateError) return `${error.message}。`;
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && BY_CODE[code]) return `${BY_CODE[code]}。`;
  // An unexpected failure: say so plainly, with Excel's code to quote to support.
  return `发生了意外错误${typeof code === 'string' ? `（${code}）` : ''}，请重试；如果问题持续，请保存并重新打开工作簿。`;
}
