import React, { useRef, useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { BUILTIN_PROFILES, PROFILE_ORIGIN_LABEL } from '../../engine';
import type { AddinController, PaneProfile, PaneState } from '../controller';
import { LABELS } from '../messages';
import { useViewStyles } from './viewStyles';

/** What the profile view calls, and what it shows. */
export type ProfileActions = Pick<AddinController, 'importProfile' | 'exportProfile'>;

/** Bureau profiles are a few kilobytes; anything far larger is the wrong file. */
const MAX_PROFILE_BYTES = 1024 * 1024;

const FORM_LABEL: Record<PaneProfile['form'], string> = { project: '项目表', department: '部门表' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  tags: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hiddenInput: { display: 'none' },
});

type ImportOutcome =
  { ok: true; fileName: string } | { ok: false; fileName: string; errors: string[] };

function downloadJson(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** 配置: the profiles the open workbook is checked with; import a bureau's profile, export the one in use. */
export function ProfileView({
  controller,
  state,
}: {
  controller: ProfileActions;
  state: Pick<PaneState, 'status' | 'profiles'>;
}) {
  const styles = { ...useViewStyles(), ...useStyles() };
  const fileInput = useRef<HTMLInputElement>(null);
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null);
  /** undefined: not exported yet; null: there was nothing to export. */
  const [exported, setExported] = useState<string | null | undefined>(undefined);
  const busy = state.status !== 'idle';

  const importFile = async (file: File) => {
    if (file.size > MAX_PROFILE_BYTES) {
      setImportOutcome({
        ok: false,
        fileName: file.name,
        errors: ['文件过大，不像是配置文件（配置文件通常只有几 KB）。'],
      });
      return;
    }
    const result = await controller.importProfile(new Uint8Array(await file.arrayBuffer()));
    setImportOutcome(
      result.ok
        ? { ok: true, fileName: file.name }
        : { ok: false, fileName: file.name, errors: result.errors },
    );
  };

  const exportProfile = async () => {
    const json = await controller.exportProfile();
    setExported(json);
    if (json === null) return;
    const id = (() => {
      try {
        return String((JSON.parse(json) as { id?: unknown }).id ?? 'profile');
      } catch {
        return 'profile';
      }
    })();
    downloadJson(`${id}.json`, json);
  };

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-label="当前使用的配置">
        <Subtitle2>当前使用的配置</Subtitle2>
        {state.profiles.length === 0 ? (
          <Text className={styles.hint}>尚未识别到申报表；检查后这里显示各表所用的指标体系。</Text>
        ) : (
          <ul className={styles.list}>
            {state.profiles.map((profile) => (
              <li key={`${profile.source}:${profile.fingerprint}`} className={styles.item}>
                <Text weight="semibold">{profile.name}</Text>
                <div className={styles.tags}>
                  <Badge appearance="outline">{FORM_LABEL[profile.form]}</Badge>
                  <Badge
                    appearance="tint"
                    color={profile.source === 'embedded' ? 'brand' : 'subtle'}
                  >
                    {PROFILE_ORIGIN_LABEL[profile.source]}
                  </Badge>
                  <Caption1 className={styles.id}>
                    {profile.id} · 指纹 {profile.fingerprint}
                  </Caption1>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-label="导入配置">
        <Subtitle2>导入财政部门的配置</Subtitle2>
        <Caption1 className={styles.hint}>
          选择财政部门下发的配置文件（JSON）。导入后保存在本工作簿中，此后按它检查本工作簿的申报表。
        </Caption1>
        <div className={styles.actions}>
          <Button disabled={busy} onClick={() => fileInput.current?.click()}>
            {LABELS.profile.importFile}
          </Button>
          <input
            ref={fileInput}
            className={styles.hiddenInput}
            type="file"
            accept=".json,application/json"
            aria-label="配置文件"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
        {importOutcome?.ok === true && (
          <MessageBar intent="success">
            <MessageBarBody>已导入 {importOutcome.fileName}。</MessageBarBody>
          </MessageBar>
        )}
        {importOutcome?.ok === false && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>配置文件 {importOutcome.fileName} 有误，未导入：</MessageBarTitle>
              <ul className={styles.errors} aria-label="配置文件的错误">
                {importOutcome.errors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={styles.section} aria-label="导出配置">
        <Subtitle2>导出配置</Subtitle2>
        <Caption1 className={styles.hint}>
          导出本工作簿的申报表正在使用的配置（导入的优先），可交给同事或改后再导入。
        </Caption1>
        <div className={styles.actions}>
          <Button disabled={busy} onClick={() => void exportProfile()}>
            {LABELS.profile.exportCurrent}
          </Button>
        </div>
        {exported === null && (
          <Text className={styles.hint}>没有可导出的配置：请先检查工作簿，或导入一份配置。</Text>
        )}
        {typeof exported === 'string' && (
          <Field label="配置内容（下载被阻止时可复制）">
            <Textarea value={exported} readOnly rows={6} resize="vertical" />
          </Field>
        )}
      </section>

      <section className={styles.section} aria-label="内置配置">
        <Subtitle2>内置配置</Subtitle2>
        <ul className={styles.list}>
          {BUILTIN_PROFILES.map((profile) => (
            <li key={profile.id} className={styles.item}>
              <Text>{profile.name}</Text>
              <Caption1 className={styles.id}>
                {profile.id} · {FORM_LABEL[profile.form]}
              </Caption1>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
