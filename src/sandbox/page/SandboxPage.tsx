import React, { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { TaskPane } from '../../addin';
import { describeSimulatedHost, type SandboxSession } from './session';
import { SheetGrid } from './SheetGrid';

/** Roughly the width Excel gives a task pane. */
const PANE_WIDTH = 360;

const useStyles = makeStyles({
  provider: { height: '100%' },
  page: { display: 'flex', height: '100%', backgroundColor: tokens.colorNeutralBackground2 },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  workbook: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: '#217346',
    color: '#fff',
  },
  toolbarTitle: { color: '#fff' },
  picker: { minWidth: '240px' },
  counter: { marginLeft: 'auto', color: '#e6f2ea' },
  tabs: {
    display: 'flex',
    gap: '1px',
    overflowX: 'auto',
    backgroundColor: '#e1dfdd',
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    flexShrink: 0,
  },
  tab: {
    border: 'none',
    padding: '4px 12px',
    backgroundColor: '#f3f2f1',
    font: 'inherit',
    fontSize: '12px',
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground2,
  },
  activeTab: {
    backgroundColor: '#fff',
    color: '#217346',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: '2px solid #217346',
  },
});

/** The sandbox: the real task pane (left) beside an editable grid of the simulated workbook (right). */
export function SandboxPage({
  session,
  examples,
}: {
  session: SandboxSession;
  examples: string[];
}) {
  const styles = useStyles();
  const version = useSyncExternalStore(
    (onChange) => session.subscribe(onChange),
    () => session.getVersion(),
  );
  const workbook = useMemo(() => session.excel.snapshot(), [session, version]);
  const visibleSheets = workbook.sheets.filter((sheet) => sheet.visibility === 'Visible');
  const [activeName, setActiveName] = useState<string | null>(null);
  const [editRefusal, setEditRefusal] = useState<string | null>(null);

  // Follow the workbook's selection when the add-in moves it (a finding clicked in the pane).
  const selectionKey = workbook.selection
    ? `${workbook.selection.sheet}!${workbook.selection.address}`
    : '';
  const lastSelection = useRef('');
  useEffect(() => {
    if (selectionKey === lastSelection.current) return;
    lastSelection.current = selectionKey;
    if (workbook.selection) setActiveName(workbook.selection.sheet);
  }, [selectionKey, workbook.selection]);

  // A file picked or dropped opens in the page: it is converted here, not sent to the server.
  const openFile = (files: FileList | null) => {
    if (files?.length) void session.loadWorkbook(files[0]).catch(() => undefined);
  };
  /** The browser's file dialog, from an input made for it: the page keeps no file input of its own. */
  const chooseFile = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx';
    input.onchange = () => openFile(input.files);
    input.click();
  };

  const active = visibleSheets.find((sheet) => sheet.name === activeName) ?? visibleSheets[0];
  const selected =
    workbook.selection && active && workbook.selection.sheet === active.name
      ? workbook.selection.address
      : null;

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang="zh-CN">
      <div className={styles.page}>
        <aside className={styles.pane} aria-label="任务窗格">
          {/* A new workbook gets a new runtime: the pane starts afresh with the new controller. */}
          <TaskPane key={session.generation} controller={session.controller} />
        </aside>
        <section
          className={styles.workbook}
          aria-label="模拟工作簿"
          onDragOver={(event) => event.preventDefault()}
          onDrop={(event) => {
            event.preventDefault();
            openFile(event.dataTransfer.files);
          }}
        >
          <div className={styles.toolbar}>
            <Text weight="semibold" className={styles.toolbarTitle}>
              模拟 Excel（{describeSimulatedHost(session.excel.simulated)}）
            </Text>
            <Select
              className={styles.picker}
              aria-label="打开示例工作簿"
              value={session.workbookUrl ?? ''}
              onChange={(_, data) => void session.loadWorkbook(data.value).catch(() => undefined)}
            >
              {session.workbookUrl === null && <option value="">空白工作簿</option>}
              {session.workbookUrl !== null && !examples.includes(session.workbookUrl) && (
                <option value={session.workbookUrl}>{session.workbookUrl}</option>
              )}
              {examples.map((file) => (
                <option key={file} value={file}>
                  {file}
                </option>
              ))}
            </Select>
            <Button size="small" onClick={chooseFile}>
              打开本机文件…
            </Button>
            <Caption1 className={styles.counter}>
              context.sync：{session.excel.syncCount()} 次
            </Caption1>
          </div>
          {session.loadError && (
            <MessageBar intent="error">
              <MessageBarBody>{session.loadError}</MessageBarBody>
            </MessageBar>
          )}
          {editRefusal && (
            <MessageBar intent="warning">
              <MessageBarBody>{editRefusal}</MessageBarBody>
            </MessageBar>
          )}
          {active && (
            <SheetGrid
              key={active.name}
              sheet={active}
              selected={selected}
              onSelect={(address) => session.selectCell(active.name, address)}
              onCommit={(address, value) => {
                // Excel refuses edits to locked cells of a protected sheet; say so, as its dialog would.
                try {
                  session.typeValue(active.name, address, value);
                  setEditRefusal(null);
                } catch (error) {
                  const reason = error instanceof Error ? error.message : String(error);
                  setEditRefusal(`无法修改 ${active.name}!${address}：${reason}`);
                }
              }}
            />
          )}
          <nav className={styles.tabs} aria-label="工作表">
            {visibleSheets.map((sheet) => (
              <button
                key={sheet.name}
                type="button"
                className={mergeClasses(styles.tab, sheet === active && styles.activeTab)}
                onClick={() => setActiveName(sheet.name)}
                aria-current={sheet === active ? 'page' : undefined}
              >
                {sheet.name}
              </button>
            ))}
          </nav>
        </section>
      </div>
    </FluentProvider>
  );
}
