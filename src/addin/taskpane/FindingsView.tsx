import React, { useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  SEVERITIES,
  SEVERITY_LABEL,
  type Finding,
  type FormSummary,
  type Severity,
} from '../../engine';
import { inReadingOrder } from '../../summary';
import type { AddinController, PaneState } from '../controller';
import { describeCounts, LABELS } from '../messages';
import { useViewStyles } from './viewStyles';

const TEXT = LABELS.findings;

/** What the findings view shows, and what it calls. */
export type FindingsActions = Pick<
  AddinController,
  'check' | 'highlight' | 'clearHighlight' | 'select'
>;
export type FindingsShown = Pick<PaneState, 'status' | 'forms' | 'findings' | 'counts'>;

/** 采用建议 / 全部采用 / 撤销, where the host writes cells (the add-in; the web page does not). */
export interface FixActions {
  apply(findings: Finding[]): void;
  undo(): void;
  /** How many applies 撤销 can take back. */
  undoable: number;
}

const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  forms: { color: tokens.colorNeutralForeground2 },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  sheetHeader: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  finding: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    textAlign: 'left',
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    cursor: 'pointer',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    border: `1px solid ${tokens.colorBrandStroke1}`,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  detail: { gridColumn: '2', color: tokens.colorNeutralForeground3 },
  ruleName: { fontWeight: tokens.fontWeightSemibold },
  ruleId: {
    whiteSpace: 'nowrap',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground4,
  },
  empty: { color: tokens.colorNeutralForeground2 },
  applyFix: { alignSelf: 'flex-start', marginLeft: tokens.spacingHorizontalXXL },
});

function withFix(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.fix);
}

function findingKey(finding: Finding): string {
  return `${finding.sheet}!${finding.cell}#${finding.rule}`;
}

/** Findings by sheet (in the controller's sheet order), each sheet's in reading order (row, then column). */
function groupBySheet(findings: Finding[]): { sheet: string; findings: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of inReadingOrder(findings, [])) {
    const list = groups.get(finding.sheet) ?? [];
    groups.set(finding.sheet, list);
    list.push(finding);
  }
  return [...groups].map(([sheet, found]) => ({ sheet, findings: found }));
}

function describeForms(forms: FormSummary[]): string {
  if (forms.length === 0) return '尚未识别到申报表。';
  const departments = forms.filter((form) => form.kind === 'department').length;
  const projects = forms.length - departments;
  const parts = [
    departments > 0 ? `部门表 ${departments} 张` : '',
    projects > 0 ? `项目表 ${projects} 张` : '',
  ];
  return `已识别 ${forms.length} 张申报表：${parts.filter(Boolean).join('，')}。`;
}

/**
 * One finding: a button that selects its cell. Its parts are separate elements so that actions
 * on a finding (采用建议) sit beside the button, not inside it.
 */
export function FindingRow({
  finding,
  selected,
  onSelect,
}: {
  finding: Finding;
  selected: boolean;
  onSelect: (finding: Finding) => void;
}) {
  const styles = useStyles();
  return (
    <button
      type="button"
      className={mergeClasses(styles.finding, selected && styles.selected)}
      onClick={() => onSelect(finding)}
      title={`定位到 ${finding.sheet}!${finding.cell}`}
      data-rule={finding.rule}
      data-cell={`${finding.sheet}!${finding.cell}`}
    >
      <Badge appearance="filled" color={BADGE_COLOR[finding.severity]} size="small">
        {SEVERITY_LABEL[finding.severity]}
      </Badge>
      <Text>
        <span className={styles.cell}>{finding.cell}</span>{' '}
        <span className={styles.ruleName}>{finding.ruleName}</span>：{finding.message}
      </Text>
      <Caption1 className={styles.detail}>
        {finding.suggestion !== undefined && <span>建议值：{finding.suggestion} · </span>}
        {finding.profileBasis !== undefined && (
          <span data-profile-basis="">{finding.profileBasis} · </span>
        )}
        <span className={styles.ruleId}>{finding.rule}</span>
      </Caption1>
    </button>
  );
}

export function FindingsView({
  controller,
  state,
  fixes,
}: {
  controller: FindingsActions;
  state: FindingsShown;
  fixes?: FixActions;
}) {
  const styles = { ...useViewStyles(), ...useStyles() };
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const busy = state.status !== 'idle';
  const shown = state.findings.filter((finding) => !hidden.has(finding.severity));
  const groups = groupBySheet(shown);

  const fixButton = (finding: Finding) =>
    fixes && finding.fix ? (
      <Button
        key={`${findingKey(finding)}#fix`}
        size="small"
        appearance="subtle"
        className={styles.applyFix}
        disabled={busy}
        onClick={() => fixes.apply([finding])}
        title={`把 ${finding.cell} 的“${finding.fix.oldValue}”改为“${finding.fix.newValue}”`}
        data-apply-fix={`${finding.sheet}!${finding.cell}`}
      >
        {TEXT.applyFix}
      </Button>
    ) : null;

  const choose = (finding: Finding) => {
    setSelectedKey(findingKey(finding));
    void controller.select(finding);
  };
  const toggle = (severity: Severity) =>
    setHidden((before) => {
      const after = new Set(before);
      if (!after.delete(severity)) after.add(severity);
      return after;
    });

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void controller.check()}>
          {TEXT.check}
        </Button>
        <Button disabled={busy} onClick={() => void controller.highlight()}>
          {TEXT.highlight}
        </Button>
        <Button disabled={busy} onClick={() => void controller.clearHighlight()}>
          {TEXT.clearHighlight}
        </Button>
        {fixes && fixes.undoable > 0 && (
          <Button disabled={busy} onClick={fixes.undo} title={TEXT.undoHint}>
            {TEXT.undo}
          </Button>
        )}
      </div>

      <Caption1 className={styles.forms}>{describeForms(state.forms)}</Caption1>

      <div className={styles.counts} role="group" aria-label={TEXT.severityFilter}>
        <Text weight="semibold" data-findings-total="">
          {describeCounts(state.counts)}
        </Text>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            shape="circular"
            checked={!hidden.has(severity)}
            onClick={() => toggle(severity)}
            data-severity-count={severity}
            title={`${hidden.has(severity) ? '显示' : '隐藏'}${SEVERITY_LABEL[severity]}`}
          >
            {SEVERITY_LABEL[severity]} {state.counts[severity]}
          </ToggleButton>
        ))}
      </div>

      {state.forms.length > 0 && state.findings.length === 0 && (
        <Text className={styles.empty}>未发现问题。</Text>
      )}
      {state.findings.length > 0 && shown.length < state.findings.length && (
        <Text className={styles.empty}>
          显示 {shown.length} / {state.findings.length} 个问题；已隐藏：
          {SEVERITIES.filter((severity) => hidden.has(severity))
            .map((severity) => SEVERITY_LABEL[severity])
            .join('、')}
          。
        </Text>
      )}

      {groups.map(({ sheet, findings }) => (
        <section key={sheet} className={styles.sheet} aria-label={`工作表 ${sheet}`}>
          <div className={styles.sheetHeader}>
            <Text weight="semibold">{sheet}</Text>
            <Caption1>{findings.length} 个问题</Caption1>
            {fixes && withFix(findings).length > 0 && (
              <Button
                size="small"
                disabled={busy}
                onClick={() => fixes.apply(withFix(findings))}
                title={TEXT.applyAllHint}
                data-apply-all={sheet}
              >
                {TEXT.applyAll}
              </Button>
            )}
          </div>
          <div className={styles.list}>
            {findings.flatMap((finding) => [
              <FindingRow
                key={findingKey(finding)}
                finding={finding}
                selected={selectedKey === findingKey(finding)}
                onSelect={choose}
              />,
              fixButton(finding),
            ])}
          </div>
        </section>
      ))}
    </div>
  );
}
