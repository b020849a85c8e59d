/**
 * sandbox.html: the add-in without Excel. No office.js (the page works offline); the task pane
 * runs on the simulated Excel. ?file=examples/x.xlsx opens another workbook, ?file= a blank one;
 * ?excelApi=1.13&sharedRuntime=0 simulates an older Excel (see docs/COMPATIBILITY.md).
 */
import React from 'react';
import { createRoot } from 'react-dom/client';
import { createSandboxApi } from './sandboxApi';
import { SandboxPage } from './SandboxPage';
import { SandboxSession, simulatedHostFromQuery } from './session';

const DEFAULT_WORKBOOK = 'examples/suizhou-2025.xlsx';

async function listExamples(): Promise<string[]> {
  try {
    const response = await fetch('api/examples');
    return response.ok ? ((await response.json()) as string[]) : [];
  } catch {
    return [];
  }
}

const session = new SandboxSession(simulatedHostFromQuery(window.location.search));
const params = new URLSearchParams(window.location.search);
const firstWorkbook = params.has('file') ? params.get('file') : DEFAULT_WORKBOOK;

// A workbook that fails to open leaves the blank one, with the reason shown above the grid.
const ready = firstWorkbook
  ? session.loadLinkedWorkbook(firstWorkbook).catch(() => session.startBlank())
  : session.startBlank();
window.sandbox = createSandboxApi(session, ready);

void listExamples().then((examples) => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <SandboxPage session={session} examples={examples} />,
  );
});
