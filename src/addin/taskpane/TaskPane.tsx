import React, { useState } from 'react';
import {
  CounterBadge,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { AddinController, PaneStatus } from '../controller';
import { FillHelp } from './FillHelp';
import { FindingsView } from './FindingsView';
import { GenerateView } from './GenerateView';
import { ProfileView } from './ProfileView';
import { useControllerState } from './useControllerState';

export type PaneView = 'findings' | 'generate' | 'profile';

const STATUS_LABEL: Record<Exclude<PaneStatus, 'idle'>, string> = {
  checking: '正在检查…',
  highlighting: '正在高亮…',
  clearing: '正在清除高亮…',
  generating: '正在生成…',
  filling: '正在填入…',
};

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
  // Forms not started yet show a 待填写 list instead of their findings (blankForms.ts).
  const listed = { ...state, findings: state.listed, counts: state.listedCounts };
  const problemCount = listed.counts.error + listed.counts.warning;

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang="zh-CN">
      <div className={styles.root}>
        <header className={styles.header}>
          <Text weight="semibold" size={400}>
            绩效目标申报助手
          </Text>
          {state.status !== 'idle' && (
            <Spinner size="extra-tiny" label={STATUS_LABEL[state.status]} />
          )}
        </header>
        {state.message && (
          <MessageBar className={styles.message} intent={state.message.kind} layout="multiline">
            <MessageBarBody>{state.message.text}</MessageBarBody>
          </MessageBar>
        )}
        <TabList
          className={styles.tabs}
          selectedValue={view}
          onTabSelect={(_, data) => setView(data.value as PaneView)}
          size="medium"
        >
          <Tab value="findings">
            <span className={styles.tabLabel}>
              检查结果
              {problemCount > 0 && (
                <CounterBadge
                  count={problemCount}
                  size="small"
                  color={listed.counts.error > 0 ? 'danger' : 'informative'}
                  overflowCount={999}
                />
              )}
            </span>
          </Tab>
          <Tab value="generate">生成</Tab>
          <Tab value="profile">配置</Tab>
        </TabList>
        <main className={styles.body}>
          {view === 'findings' && (
            <>
              <FillHelp controller={controller} state={state} />
              <FindingsView controller={controller} state={listed} />
            </>
          )}
          {view === 'generate' && <GenerateView controller={controller} state={state} />}
          {view === 'profile' && <ProfileView controller={controller} state={state} />}
        </main>
      </div>
    </FluentProvider>
  );
}
