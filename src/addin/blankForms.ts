/**
 * Blank-form guidance in the pane: a form nobody has started yet (a generated one) is shown as
 * a 待填写 list with its progress (已填 3/9), not as a page of errors. Only the pane's list
 * changes: the findings stay whole for 高亮错误, the CLI and the summary.
 */
import {
  countBySeverity,
  formProgress,
  type Finding,
  type FormProgress,
  type Severity,
  type SheetReading,
} from '../engine';

export interface BlankFormGuide {
  /** The forms not started yet, in sheet order, each with what is still to fill. */
  blankForms: FormProgress[];
  /** The findings the pane lists: none on a sheet whose forms are all blank. */
  listed: Finding[];
  listedCounts: Record<Severity, number>;
}

export function guideBlankForms(
  readings: readonly SheetReading[],
  findings: readonly Finding[],
): BlankFormGuide {
  const progress = readings
    .filter((reading) => !reading.ignored)
    .flatMap((reading) => reading.forms.map(formProgress));
  const blankForms = progress.filter((form) => !form.hasContent);
  // A sheet holding a started form keeps all its findings, whatever else it holds.
  const started = new Set(progress.filter((form) => form.hasContent).map((form) => form.sheet));
  const guided = new Set(
    blankForms.map((form) => form.sheet).filter((sheet) => !started.has(sheet)),
  );
  const listed = findings.filter((finding) => !guided.has(finding.sheet));
  return { blankForms, listed, listedCounts: countBySeverity(listed) };
}
