import React, { useRef, useState } from 'react';
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Subtitle2,
  Tab,
  TabList,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import {
  countBySeverity,
  findingsByCell,
  type Finding,
  type FormSummary,
  type Severity,
} from '../../engine';
import type { AddinController, GenerateRequest, PaneState } from '../../addin/controller';
import { FindingsView } from '../../addin/taskpane/FindingsView';
import { GenerateView } from '../../addin/taskpane/GenerateView';
import { toJson } from '../../cli/format';
import { TemplateError } from '../../template';
import { annotatedCopy, annotateRefusal, summaryCopy, type CheckedFile } from './checkRun';
import { baseName, saveFile, XLSX_TYPE } from './download';
import { SheetPreview } from './SheetPreview';
import { templateBytes, templateFileName } from './template';

/** The formats `perf-forms check` reads. */
const ACCEPT = '.xlsx,.xls,.et,.ods';

const useStyles = makeStyles({
  page: { display: 'flex', height: '100%', backgroundColor: tokens.colorNeutralBackground2 },
  side: {
    width: '460px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: 'center',
  },
  dropping: { border: `2px dashed ${tokens.colorBrandStroke1}` },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  file: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  preview: { flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0 },
  previewHeader: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  empty: { margin: 'auto', color: tokens.colorNeutralForeground3 },
});

/** The sheet the preview shows, and the cell a clicked finding points at. */
interface Shown {
  file: string;
  sheet: string;
  cell: string | null;
}

interface Message {
  intent: 'error' | 'success' | 'info';
  text: string;
}

/** What FindingsView and GenerateView call on their controller; the page answers it itself. */
type FindingsActions = Pick<AddinController, 'check' | 'highlight' | 'clearHighlight' | 'select'>;
type GenerateActions = Pick<AddinController, 'generate'>;

/** The views take the add-in's whole controller type, hence the cast, in this one place. */
function paneController(actions: FindingsActions | GenerateActions): AddinController {
  return actions as unknown as AddinController;
}

function paneState(
  status: PaneState['status'],
  forms: FormSummary[],
  findings: Finding[],
): Pick<PaneState, 'status' | 'forms' | 'findings' | 'counts'> {
  return { status, forms, findings, counts: countBySeverity(findings) };
}

export function CheckPage({ check }: { check: (files: File[]) => Promise<CheckedFile[]> }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const lastRun = useRef(0);
  const [view, setView] = useState<'check' | 'generate'>('check');
  const [picked, setPicked] = useState<File[]>([]);
  const [files, setFiles] = useState<CheckedFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [generating, setGenerating] = useState(false);
  const [dropping, setDropping] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const [highlighted, setHighlighted] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  const run = async (toCheck: File[]) => {
    const runId = ++lastRun.current;
    setBusy(true);
    setMessage(null);
    try {
      const checked = await check(toCheck);
      if (runId !== lastRun.current) return; // a later pick replaced these files
      setFiles(checked);
      const readable = checked.find((file) => file.book);
      const sheet = readable?.book?.sheets.find((candidate) => !candidate.hidden);
      setShown(
        readable && sheet ? { file: readable.report.file, sheet: sheet.name, cell: null } : null,
      );
    } catch (error) {
      setMessage({ intent: 'error', text: `检查失败：${(error as Error).message ?? error}` });
    } finally {
      if (runId === lastRun.current) setBusy(false);
    }
  };

  const pick = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const chosen = Array.from(list);
    setPicked(chosen);
    void run(chosen);
  };

  const downloadAnnotated = async (file: CheckedFile) => {
    try {
      saveFile(
        `${baseName(file.report.file)}（已标注）.xlsx`,
        await annotatedCopy(file),
        XLSX_TYPE,
      );
    } catch (error) {
      setMessage({ intent: 'error', text: `标注副本未生成：${(error as Error).message ?? error}` });
    }
  };

  const downloadSummary = async () => {
    try {
      saveFile('检查汇总.xlsx', await summaryCopy(files, new Date()), XLSX_TYPE);
    } catch (error) {
      setMessage({ intent: 'error', text: `检查汇总未生成：${(error as Error).message ?? error}` });
    }
  };

  const generate = async (request: GenerateRequest) => {
    setGenerating(true);
    setMessage(null);
    try {
      const name = templateFileName(request);
      saveFile(name, await templateBytes(request), XLSX_TYPE);
      setMessage({ intent: 'success', text: `已生成 ${name}，请在浏览器的下载中查看。` });
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      setMessage({ intent: 'error', text: `模板未生成：${error.message}` });
    } finally {
      setGenerating(false);
    }
  };

  const shownFile = files.find((file) => file.report.file === shown?.file) ?? null;
  const shownGrid = shownFile?.book?.sheets.find((sheet) => sheet.name === shown?.sheet) ?? null;
  const fills = new Map<string, Severity>(
    highlighted && shownFile
      ? findingsByCell(shownFile.report.issues)
          .filter((marked) => marked.sheet === shown?.sheet)
          .map((marked) => [marked.cell, marked.findings[0].severity])
      : [],
  );

  const findingsActions = (file: CheckedFile): FindingsActions => ({
    check: () => run(picked),
    // 高亮错误 / 清除高亮 colour the preview: the page never changes a file.
    highlight: async () => setHighlighted(true),
    clearHighlight: async () => setHighlighted(false),
    select: async (finding) =>
      setShown({ file: file.report.file, sheet: finding.sheet, cell: finding.cell }),
  });

  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN" style={{ height: '100%' }}>
      <div
        className={styles.page}
        onDragOver={(event) => {
          event.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDropping(false);
          pick(event.dataTransfer.files);
        }}
      >
        <main className={styles.side}>
          <Subtitle1 as="h1">绩效目标申报表检查</Subtitle1>
          <TabList
            selectedValue={view}
            onTabSelect={(_, data) => setView(data.value as 'check' | 'generate')}
          >
            <Tab value="check">检查文件</Tab>
            <Tab value="generate">生成模板</Tab>
          </TabList>

          {message && (
            <MessageBar intent={message.intent}>
              <MessageBarBody>{message.text}</MessageBarBody>
            </MessageBar>
          )}

          {view === 'generate' ? (
            <GenerateView
              controller={paneController({ generate })}
              state={paneState(generating ? 'generating' : 'idle', [], [])}
            />
          ) : (
            <>
              <div className={mergeClasses(styles.drop, dropping && styles.dropping)}>
                <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy}>
                  选择文件…
                </Button>
                <Text>或把文件拖到这里：.xlsx、.xls、WPS .et、.ods，可一次选多个</Text>
                <Caption1 className={styles.hint}>
                  文件只在本机浏览器中检查，不会上传；多个文件作为一次检查，互相核对（如上年数）。
                </Caption1>
                <input
                  ref={input}
                  type="file"
                  multiple
                  accept={ACCEPT}
                  hidden
                  aria-label="选择要检查的文件"
                  onChange={(event) => {
                    pick(event.target.files);
                    event.target.value = ''; // picking the same files again checks them again
                  }}
                />
              </div>

              {busy && <Text>正在检查…</Text>}

              {files.length > 0 && !busy && (
                <div className={styles.actions}>
                  <Button
                    onClick={() =>
                      saveFile(
                        '检查结果.json',
                        toJson(files.map((file) => file.report)) + '\n',
                        'application/json',
                      )
                    }
                  >
                    下载检查结果
                  </Button>
                  <Button onClick={() => void downloadSummary()}>下载检查汇总</Button>
                </div>
              )}

              {!busy &&
                files.map((file) => {
                  const refusal = annotateRefusal(file);
                  return (
                    <section
                      key={file.report.file}
                      className={styles.file}
                      aria-label={`文件 ${file.report.file}`}
                    >
                      <Subtitle2>{file.report.file}</Subtitle2>
                      {file.report.error !== null ? (
                        <MessageBar intent="error" layout="multiline">
                          <MessageBarBody>无法读取：{file.report.error}</MessageBarBody>
                        </MessageBar>
                      ) : (
                        <>
                          {file.report.notices.map((notice) => (
                            <MessageBar key={notice} intent="warning" layout="multiline">
                              <MessageBarBody>{notice}</MessageBarBody>
                            </MessageBar>
                          ))}
                          <div className={styles.actions}>
                            <Button
                              disabled={refusal !== null}
                              onClick={() => void downloadAnnotated(file)}
                            >
                              下载标注副本
                            </Button>
                          </div>
                          {refusal && <Caption1 className={styles.hint}>{refusal}</Caption1>}
                          <FindingsView
                            controller={paneController(findingsActions(file))}
                            state={paneState('idle', file.report.forms, file.report.issues)}
                          />
                        </>
                      )}
                    </section>
                  );
                })}
            </>
          )}
        </main>

        <section className={styles.preview} aria-label="工作表预览">
          {shownFile?.book && shownGrid ? (
            <>
              <div className={styles.previewHeader}>
                <Text weight="semibold">{shownFile.report.file}</Text>
                {shownFile.book.sheets
                  .filter((sheet) => !sheet.hidden)
                  .map((sheet) => (
                    <Button
                      key={sheet.name}
                      size="small"
                      appearance={sheet.name === shownGrid.name ? 'primary' : 'subtle'}
                      onClick={() =>
                        setShown({ file: shownFile.report.file, sheet: sheet.name, cell: null })
                      }
                    >
                      {sheet.name}
                    </Button>
                  ))}
                {shown?.cell && (
                  <Caption1>
                    定位：{shown.sheet}!{shown.cell}
                  </Caption1>
                )}
              </div>
              <SheetPreview grid={shownGrid} target={shown?.cell ?? null} fills={fills} />
            </>
          ) : (
            <Text className={styles.empty}>
              选择文件后，在这里预览工作表；点击左侧的问题定位到单元格。
            </Text>
          )}
        </section>
      </div>
    </FluentProvider>
  );
}
