/** What the host offers the API objects beyond the model: events and selection. */
import type { CellRange } from '../../engine';
import type { BookModel, SheetModel } from './book';

export type EventKind = 'changed' | 'selectionChanged';
export type EventHandler = (args: unknown) => Promise<unknown> | void;

export interface ObjectHost {
  book: BookModel;
  registerHandler(kind: EventKind, handler: EventHandler): () => void;
  selectionChanged(sheet: SheetModel, area: CellRange): void;
}
