/**
 * The profiles a workbook carries (the very hidden profile sheet) and the ones its forms are
 * checked with: validation once per read of that sheet, import (embed), export, lookup by id.
 */
import {
  builtinProfile,
  parseProfileJson,
  PROFILE_SHEET,
  profileToJson,
  readEmbeddedProfiles,
  type FormSummary,
  type Grid,
  type Profile,
} from '../engine';
import { TemplateError } from '../template';
import { queueProfileSheet } from './host/writeTemplate';
import { MESSAGES } from './messages';
import type { PaneProfile } from './paneState';
import type { WorkbookSession } from './workbookSession';

export interface EmbeddedProfiles {
  profiles: Profile[];
  errors: string[];
}

export class ProfileStore {
  /** The embedded profiles as last validated, with the profile sheet's grid they came from. */
  private validated: (EmbeddedProfiles & { grid: Grid | null }) | null = null;

  constructor(private readonly session: WorkbookSession) {}

  /**
   * The profiles embedded in the profile sheet as last read, validated once per grid: the grid
   * is replaced when that sheet is read again, and an edit elsewhere need not validate them anew.
   */
  embedded(): EmbeddedProfiles {
    const grid = this.session.byName(PROFILE_SHEET)?.grid ?? null;
    if (!this.validated || this.validated.grid !== grid) {
      const { profiles, errors } = grid
        ? readEmbeddedProfiles({ sheets: [grid] })
        : { profiles: [], errors: [] };
      this.validated = { grid, profiles, errors };
    }
    return this.validated;
  }

  /** An embedded profile of that id, else the built-in one; a TemplateError names a missing id. */
  byId(id: string): Profile {
    const profile =
      this.embedded().profiles.find((candidate) => candidate.id === id) ?? builtinProfile(id);
    if (!profile) throw new TemplateError(MESSAGES.profileNotFound(id));
    return profile;
  }

  /** JSON of the first of `inUse` (an embedded one before a built-in), else null. */
  exportJson(inUse: PaneProfile[]): string | null {
    const chosen = inUse.find((profile) => profile.source === 'embedded') ?? inUse[0];
    if (!chosen) return null;
    const profile =
      chosen.source === 'embedded'
        ? this.embedded().profiles.find((embedded) => embedded.id === chosen.id)
        : builtinProfile(chosen.id);
    return profile ? profileToJson(profile) : null;
  }

  /**
   * Writes the profile into the very hidden profile sheet, first, in place of one with the same
   * id (one sync). The session takes the sheet as written.
   */
  async embed(profile: Profile): Promise<void> {
    const existing = this.session.byName(PROFILE_SHEET);
    const others = (existing?.grid.rows ?? [])
      .map((row) => (typeof row[0] === 'string' ? row[0].trim() : ''))
      .filter((text) => text !== '')
      .filter((text) => {
        const parsed = parseProfileJson(text);
        return !parsed.ok || parsed.profile.id !== profile.id;
      });
    const texts = [profileToJson(profile), ...others];
    const rows = Math.max(texts.length, existing?.grid.rows.length ?? 0);
    const id = await this.session.run(async (context) => {
      const sheetRows = existing ? Math.max(1, existing.grid.rows.length) : 0;
      const sheet = queueProfileSheet(context.workbook.worksheets, texts, sheetRows);
      if (!existing) sheet.load('id');
      await context.sync();
      return existing ? existing.info.id : sheet.id;
    });
    this.session.putWritten(
      { id, name: PROFILE_SHEET, hidden: true },
      Array.from({ length: rows }, (_, index) => texts[index] ?? null),
    );
  }
}

/** The profile a form was checked with: an embedded one by id, else the built-in one. */
export function profileOfForm(form: FormSummary, embedded: readonly Profile[]): Profile | null {
  return form.profileOrigin === 'embedded'
    ? (embedded.find((carried) => carried.id === form.profile) ?? null)
    : (builtinProfile(form.profile) ?? null);
}

/** One entry per profile the forms were checked with (a modified copy shows as the built-in used). */
export function profilesInUse(forms: FormSummary[], embedded: Profile[]): PaneProfile[] {
  const inUse = new Map<string, PaneProfile>();
  for (const form of forms) {
    const key = `${form.profileOrigin}:${form.profileFingerprint}`;
    if (inUse.has(key)) continue;
    const profile = profileOfForm(form, embedded);
    if (!profile) continue;
    inUse.set(key, {
      id: profile.id,
      name: profile.name,
      form: profile.form,
      source: form.profileOrigin,
      fingerprint: form.profileFingerprint,
    });
  }
  return [...inUse.values()];
}
