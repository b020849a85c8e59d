/** A template that cannot be described as asked; the message is Chinese, for the person who asked. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}
