/** Excel.WorksheetProtection: protect with options and an optional password, unprotect. */
import type { ExcelApi } from '../../addin';
import type { SheetModel } from './book';
import { FakeClientObject, type FakeContext } from './context';
import { FakeOfficeError } from './errors';

export class FakeWorksheetProtection
  extends FakeClientObject<SheetModel>
  implements ExcelApi.WorksheetProtection
{
  protected readonly scalarNames = ['protected', 'options'] as const;

  constructor(context: FakeContext, resolve: () => SheetModel | null) {
    super(context, resolve, { queued: false });
  }

  get protected(): boolean {
    return this.loadedValue('protected');
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.loadedValue('options');
  }

  protect(options: Excel.WorksheetProtectionOptions = {}, password?: string): void {
    this.later((sheet) => {
      if (sheet.protected)
        throw new FakeOfficeError('InvalidOperation', `工作表“${sheet.name}”已受保护。`);
      sheet.protected = true;
      sheet.protectionOptions = { ...options };
      sheet.protectionPassword = password || null;
    });
  }

  unprotect(password?: string): void {
    this.later((sheet) => {
      if (sheet.protectionPassword !== null && sheet.protectionPassword !== password) {
        throw new FakeOfficeError('AccessDenied', `工作表“${sheet.name}”的保护密码不正确。`);
      }
      sheet.protected = false;
      sheet.protectionOptions = {};
      sheet.protectionPassword = null;
    });
  }

  protected readScalar(name: string, sheet: SheetModel): unknown {
    if (name === 'protected') return sheet.protected;
    if (name === 'options') return { ...sheet.protectionOptions };
    throw new FakeOfficeError('InvalidArgument', `工作表保护没有属性“${name}”。`);
  }
}
