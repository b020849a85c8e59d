import React from 'react';
import {
  Button,
  Caption1,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { IndicatorSuggestion } from '../../engine';
import type { AddinController, PaneState } from '../controller';
import { LABELS } from '../messages';
import { useViewStyles } from './viewStyles';

/** What the filling help calls, and the part of the pane state it shows. */
export type FillActions = Pick<
  AddinController,
  'fillSuggestion' | 'selectCell' | 'suggestIndicators'
>;
export type FillShown = Pick<PaneState, 'status' | 'blankForms' | 'rowSuggestions'>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  header: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  suggestion: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
});

function sourceText(suggestion: IndicatorSuggestion): string {
  if (suggestion.origin === 'profile' || !suggestion.source) return '来源：本单位配置';
  const sector = suggestion.sector ? `${suggestion.sector}，` : '共性指标，';
  return `${sector}来源：${suggestion.source.place}《${suggestion.source.title}》`;
}

/** The suggested indicators for the empty 三级 row selected; 采用 fills the row. */
function RowSuggestionsPanel({ controller, state }: { controller: FillActions; state: FillShown }) {
  const styles = { ...useViewStyles(), ...useStyles() };
  const shown = state.rowSuggestions;
  if (!shown) return null;
  const busy = state.status !== 'idle';
  return (
    <section className={styles.section} aria-label={LABELS.fill.suggest}>
      <Subtitle2>
        {LABELS.fill.suggest}：{shown.level2}
      </Subtitle2>
      <Caption1 className={styles.hint}>
        {shown.fillable
          ? `“${shown.sheet}”${shown.cell} 所在行（配置：${shown.profileName}）。采用后填入三级指标、计算符号和计量单位，指标值请自行填写。`
          : `“${shown.sheet}”的“${shown.level2}”下没有空行（配置：${shown.profileName}）：先插入一行，再采用。`}
      </Caption1>
      {shown.suggestions.map((suggestion) => (
        <div className={styles.suggestion} key={suggestion.name}>
          <div className={styles.text}>
            <Text weight="semibold">
              {suggestion.name}（{suggestion.operator}
              {suggestion.unit === '' ? '' : `，${suggestion.unit}`}）
            </Text>
            {suggestion.note !== '' && <Caption1>{suggestion.note}</Caption1>}
            <Caption1 className={styles.hint}>{sourceText(suggestion)}</Caption1>
          </div>
          {shown.fillable && (
            <Button
              size="small"
              disabled={busy}
              aria-label={`${LABELS.fill.adopt} ${suggestion.name}`}
              onClick={() => void controller.fillSuggestion(suggestion)}
            >
              {LABELS.fill.adopt}
            </Button>
          )}
        </div>
      ))}
    </section>
  );
}

/** One 待填写 list per form not started yet, with its progress. */
function BlankFormsPanel({ controller, state }: { controller: FillActions; state: FillShown }) {
  const styles = { ...useViewStyles(), ...useStyles() };
  if (state.blankForms.length === 0) return null;
  return (
    <>
      {state.blankForms.map((form) => (
        <section className={styles.section} key={form.sheet} aria-label={`${form.sheet} 待填写`}>
          <div className={styles.header}>
            <Subtitle2>“{form.sheet}”待填写</Subtitle2>
            <Text>{form.summary}</Text>
          </div>
          <ProgressBar
            value={form.total === 0 ? 1 : form.filled / form.total}
            aria-label={`${form.sheet} ${form.summary}`}
          />
          <ul className={styles.list}>
            {form.pending.map((cell) => (
              <li key={`${cell.cell}-${cell.label}`}>
                <Button
                  appearance="transparent"
                  size="small"
                  onClick={() => void controller.selectCell({ sheet: form.sheet, cell: cell.cell })}
                >
                  {cell.label}（{cell.cell}）
                </Button>
              </li>
            ))}
          </ul>
          <Caption1 className={styles.hint}>
            填写后这张表按常规检查；“高亮错误”和命令行检查仍把未填的必填项列为错误。
          </Caption1>
        </section>
      ))}
    </>
  );
}

/**
 * The pane's filling help: the 推荐指标 button and the suggestions for the row selected (shown
 * by themselves when the row is empty), then the blank forms' 待填写 lists.
 */
export function FillHelp({ controller, state }: { controller: FillActions; state: FillShown }) {
  const styles = { ...useViewStyles(), ...useStyles() };
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button
          size="small"
          disabled={state.status !== 'idle'}
          title={LABELS.fill.suggestHint}
          onClick={() => void controller.suggestIndicators()}
        >
          {LABELS.fill.suggest}
        </Button>
      </div>
      <RowSuggestionsPanel controller={controller} state={state} />
      <BlankFormsPanel controller={controller} state={state} />
    </div>
  );
}
