import React, { useEffect, useState } from 'react';
import {
  CounterBadge,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { AddinController } from '../controller';
import { describeCounts, LABELS } from '../messages';
import { FillHelp } from './FillHelp';
import { FindingsView } from './FindingsView';
import { GenerateView } from './GenerateView';
import { ProfileView } from './ProfileView';
import { useControllerState } from './useControllerState';

export type PaneView = 'findings' | 'generate' | 'profile';

/** How long a success or hint stays on the message bar. */
const MESSAGE_LIFETIME_MS = 10_000;

const useStyles = makeStyles({
  provider: { height: '100%' },
  root: {
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
    minHeight: '28px',
  },
  tabs: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tabLabel: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  message: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  /** Read by screen readers only: the outcome of each check, announced without moving focus. */
  liveRegion: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  body: {
    flex: 1,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
});

/** The task pane: the same component in Excel (taskpane.html) and in the sandbox page. */
export function TaskPane({
  controller,
  initialView = 'findings',
}: {
  controller: AddinController;
  initialView?: PaneView;
}) {
  const styles = useStyles();
  const state = useControllerState(controller);
  const [view, setView] = useState<PaneView>(initialView);
  const { message } = state;
  // Forms not started yet show a 待填写 list instead of their findings (blankForms.ts).
  const listed = { ...state, findings: state.listed, counts: state.listedCounts };
  const problemCount = listed.counts.error + listed.counts.warning + listed.counts.info;

  // A success or a hint is read and done with: it goes after a while, an error stays until the next action.
  useEffect(() => {
    if (!message || message.kind === 'error') return;
    const timer = setTimeout(() => controller.dismissMessage(message), MESSAGE_LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [controller, message]);

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang="zh-CN">
      <div className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>{LABELS.title}</h1>
          {state.status !== 'idle' && (
            <Spinner size="extra-tiny" label={LABELS.busy[state.status]} />
          )}
        </header>
        {message && (
          <MessageBar className={styles.message} intent={message.kind} layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.liveRegion} role="status" aria-live="polite" data-live-region="">
          {state.status === 'idle' && message ? message.text : ''}
        </div>
        <TabList
          className={styles.tabs}
          selectedValue={view}
          onTabSelect={(_, data) => setView(data.value as PaneView)}
          size="medium"
        >
          <Tab value="findings">
            <span className={styles.tabLabel}>
              {LABELS.tabs.findings}
              {problemCount > 0 && (
                <CounterBadge
                  aria-label={describeCounts(listed.counts)}
                  count={problemCount}
                  size="small"
                  color={listed.counts.error > 0 ? 'danger' : 'informative'}
                  overflowCount={999}
                />
              )}
            </span>
          </Tab>
          <Tab value="generate">{LABELS.tabs.generate}</Tab>
          <Tab value="profile">{LABELS.tabs.profile}</Tab>
        </TabList>
        <main className={styles.body}>
          {view === 'findings' && (
            <>
              <FillHelp controller={controller} state={state} />
              <FindingsView
                controller={controller}
                state={listed}
                fixes={{
                  apply: (findings) => void controller.applyFixes(findings),
                  undo: () => void controller.undoFixes(),
                  undoable: state.undoableFixes,
                }}
              />
            </>
          )}
          {view === 'generate' && <GenerateView controller={controller} state={state} />}
          {view === 'profile' && <ProfileView controller={controller} state={state} />}
        </main>
      </div>
    </FluentProvider>
  );
}
