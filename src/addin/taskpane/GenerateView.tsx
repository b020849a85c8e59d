import React, { useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { BUILTIN_PROFILES, type FormKind, type Profile } from '../../engine';
import type { AddinController, GenerateRequest, PaneState } from '../controller';
import { LABELS } from '../messages';
import { DEFAULT_PROFILE_IDS, defaultYear, parseProjectList, yearProblem } from '../../template';
import { useViewStyles } from './viewStyles';

/**
 * What the generate view calls, and the one thing it shows (whether the add-in is busy);
 * 添加项目 only where the host writes into an open workbook (the pane, not the web page).
 */
export type GenerateActions = Pick<AddinController, 'generate'> &
  Partial<Pick<AddinController, 'addProject'>>;

const TEXT = LABELS.generate;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  shrinkable: { minWidth: 0, maxWidth: '100%' },
  truncated: { minWidth: 0, textOverflow: 'ellipsis' },
});

function ProfileSelect({
  form,
  choices,
  value,
  onChange,
  label = TEXT.profile,
}: {
  form: FormKind;
  choices: readonly Profile[];
  value: string;
  onChange: (id: string) => void;
  label?: string;
}) {
  const styles = useStyles();
  return (
    <Field label={label} className={styles.shrinkable}>
      <Select
        className={styles.shrinkable}
        // Long profile names must not widen the pane: the native select truncates instead.
        select={{ className: styles.truncated }}
        value={value}
        onChange={(_, data) => onChange(data.value)}
      >
        {choices
          .filter((profile) => profile.form === form)
          .map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.name}
            </option>
          ))}
      </Select>
    </Field>
  );
}

/**
 * 生成: the pane writes new template sheets in the open workbook (never replacing a sheet), the
 * web page downloads them as a new file; `resultHint` says which, `profiles` what may be chosen.
 */
export function GenerateView({
  controller,
  state,
  profiles: choices = BUILTIN_PROFILES,
  resultHint = '生成的表添加为新工作表，不会覆盖已有内容。',
}: {
  controller: GenerateActions;
  state: Pick<PaneState, 'status'>;
  profiles?: readonly Profile[];
  resultHint?: string;
}) {
  const styles = { ...useViewStyles(), ...useStyles() };
  const [year, setYear] = useState(String(defaultYear()));
  const [names, setNames] = useState<Record<FormKind, string>>({ project: '', department: '' });
  const [profiles, setProfiles] = useState(DEFAULT_PROFILE_IDS);
  const [projectList, setProjectList] = useState('');
  const [packageProjectProfile, setPackageProjectProfile] = useState(DEFAULT_PROFILE_IDS.project);
  const [listErrors, setListErrors] = useState<string[]>([]);
  const [added, setAdded] = useState({ name: '', funding: '' });

  const busy = state.status !== 'idle';
  const yearError = yearProblem(year);

  const generate = (request: Omit<GenerateRequest, 'year' | 'name'>, name: string) => {
    if (yearError) return;
    void controller.generate({ ...request, name: name.trim() || undefined, year: Number(year) });
  };

  const generatePackage = () => {
    const parsed = parseProjectList(projectList);
    setListErrors(parsed.ok ? [] : parsed.errors);
    if (!parsed.ok) return;
    generate(
      {
        kind: 'package',
        profileId: profiles.department,
        projectProfileId: packageProjectProfile,
        projects: parsed.projects,
      },
      names.department,
    );
  };

  // Called as a method: the pane's controller is a class instance.
  const canAddProject = controller.addProject !== undefined;
  const addProjectToPackage = () => {
    if (yearError) return;
    void controller.addProject?.({
      year: Number(year),
      name: added.name,
      funding: added.funding,
      profileId: packageProjectProfile,
    });
  };

  /** A form's name, profile and its 生成 button. */
  const formFields = (kind: FormKind, label: string, placeholder: string, action: string) => (
    <>
      <Field label={label}>
        <Input
          value={names[kind]}
          onChange={(_, data) => setNames((current) => ({ ...current, [kind]: data.value }))}
          placeholder={placeholder}
        />
      </Field>
      <ProfileSelect
        form={kind}
        choices={choices}
        value={profiles[kind]}
        onChange={(id) => setProfiles((current) => ({ ...current, [kind]: id }))}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || yearError !== null}
          onClick={() => generate({ kind, profileId: profiles[kind] }, names[kind])}
        >
          {action}
        </Button>
      </div>
    </>
  );

  return (
    <div className={styles.root}>
      <Field label={TEXT.year} required validationMessage={yearError ?? undefined}>
        <Input
          value={year}
          onChange={(_, data) => setYear(data.value)}
          inputMode="numeric"
          maxLength={4}
        />
      </Field>

      <section className={styles.section} aria-label={TEXT.projectForm}>
        <Subtitle2>{TEXT.projectForm}</Subtitle2>
        {formFields('project', TEXT.projectName, TEXT.projectNamePlaceholder, TEXT.generateProject)}
      </section>

      <section className={styles.section} aria-label={TEXT.departmentForm}>
        <Subtitle2>{TEXT.departmentForm}</Subtitle2>
        {formFields(
          'department',
          TEXT.departmentName,
          TEXT.departmentNamePlaceholder,
          TEXT.generateDepartment,
        )}
        <Field
          label={TEXT.projectList}
          validationMessage={
            listErrors.length > 0
              ? listErrors.map((error) => <div key={error}>{error}</div>)
              : undefined
          }
          hint={TEXT.projectListHint}
        >
          <Textarea
            value={projectList}
            onChange={(_, data) => setProjectList(data.value)}
            placeholder={'城区道路维修：35\n社区养老服务补贴：120.5'}
            resize="vertical"
            rows={4}
          />
        </Field>
        <ProfileSelect
          form="project"
          choices={choices}
          label={TEXT.packageProfile}
          value={packageProjectProfile}
          onChange={setPackageProjectProfile}
        />
        <div className={styles.actions}>
          <Button disabled={busy || yearError !== null} onClick={generatePackage}>
            {TEXT.generatePackage}
          </Button>
        </div>
        <Caption1 className={styles.hint}>{resultHint}</Caption1>
      </section>

      {canAddProject && (
        <section className={styles.section} aria-label={TEXT.addProjectSection}>
          <Subtitle2>{TEXT.addProjectSection}</Subtitle2>
          <Field label={TEXT.addProjectName}>
            <Input
              value={added.name}
              onChange={(_, data) => setAdded((current) => ({ ...current, name: data.value }))}
              placeholder={TEXT.addProjectNamePlaceholder}
            />
          </Field>
          <Field label={TEXT.addProjectFunding}>
            <Input
              value={added.funding}
              onChange={(_, data) => setAdded((current) => ({ ...current, funding: data.value }))}
              inputMode="decimal"
            />
          </Field>
          <div className={styles.actions}>
            <Button disabled={busy || yearError !== null} onClick={addProjectToPackage}>
              {TEXT.addProject}
            </Button>
          </div>
          <Caption1 className={styles.hint}>{TEXT.addProjectHint}</Caption1>
        </section>
      )}
    </div>
  );
}
