/**
 * check.html: the engine in a plain browser page, for officers with no Excel that can host the
 * add-in (WPS, 信创 machines, old Office). The files are read and checked in the page and never
 * leave the machine: after loading, the page makes no request at all. No office.js here.
 */
import React from 'react';
import { createRoot } from 'react-dom/client';
import { CheckPage } from './CheckPage';
import { checkFiles, fileIssues, readPicked, type CheckedFile, type FileIssue } from './checkRun';

/** For the browser tests: the latest run's issues, and a promise settling when it is checked. */
export interface Checker {
  issues(): FileIssue[];
  ready: Promise<void>;
}

declare global {
  interface Window {
    checker: Checker;
  }
}

let latest: CheckedFile[] = [];
let runs = 0;
const checker: Checker = { issues: () => fileIssues(latest), ready: Promise.resolve() };
window.checker = checker;

/** Called as the files are picked, so `ready` is the new run's at once. */
function check(files: File[]): Promise<CheckedFile[]> {
  const run = ++runs;
  const checking = Promise.all(files.map(readPicked)).then(checkFiles);
  checker.ready = checking.then(
    (checked) => {
      if (run === runs) latest = checked;
    },
    () => undefined,
  );
  return checking;
}

// The .xls/.ods readers, which src/formats loads on demand, fetched now, while the page loads
// (a script still loading delays the load event): a pick must not fetch code. Should this fail,
// reading such a file tries again and says why it cannot.
void import('../../formats/sheetjs').catch(() => undefined);
void import('../../formats/ods').catch(() => undefined);

createRoot(document.getElementById('root') as HTMLElement).render(<CheckPage check={check} />);
