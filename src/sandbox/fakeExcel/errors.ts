/** Errors shaped like OfficeExtension.Error: a code the add-in can test, a message people can read. */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidObjectPath'
  | 'AccessDenied'
  | 'ApiNotFound';

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: FakeErrorCode; message: string };

  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OfficeExtension.Error';
    this.debugInfo = { code, message };
  }
}
