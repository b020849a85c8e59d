/** Report sheets as plain data (src/summary): the reviewer summary and the list of findings. */
export * from './table';
export * from './findingTable';
export * from './reviewSummary';
export { toCsv } from './csv';
