/** Where each form's rules came from, and embedded copies of built-in profiles that weaken them. */
import {
  builtinProfile,
  PROFILE_SHEET,
  profileToJson,
  RULES,
  type Profile,
  type WorkbookGrid,
} from '../../src/engine';
import { byRule, check, loadExample } from './fixtures';

function withEmbedded(book: WorkbookGrid, ...profiles: object[]): WorkbookGrid {
  book.sheets.push({
    name: PROFILE_SHEET,
    rows: profiles.map((profile) => [JSON.stringify(profile)]),
    merges: [],
    hidden: true,
  });
  return book;
}

const mof = builtinProfile('mof-2021') as Profile;
/** mof-2021 as its JSON, with every rule turned down to a hint. */
const silenced = {
  ...JSON.parse(profileToJson(mof)),
  severity: Object.fromEntries(RULES.map((rule) => [rule.id, 'info'])),
};

describe('a copy of a built-in profile carried in the workbook', () => {
  test('that is unchanged is used, named as embedded, with the built-in fingerprint', () => {
    const plain = check(loadExample('ezhou-2025'), { profiles: [mof] });
    const carried = check(withEmbedded(loadExample('ezhou-2025'), JSON.parse(profileToJson(mof))));
    expect(byRule(carried, 'profile.modified-builtin')).toEqual([]);
    expect(carried.findings).toEqual(plain.findings);
    const [form] = carried.forms;
    expect([form.profile, form.profileOrigin]).toEqual(['mof-2021', 'embedded']);
    expect(form.profileFingerprint).toBe(plain.forms[0].profileFingerprint);
    expect(form.profileFingerprint).toMatch(/^[0-9a-f]{8}$/);
  });

  test('that lowers severities is an error on every form it would check, naming the changes', () => {
    const plain = check(loadExample('ezhou-2025'), { profiles: [mof] });
    const result = check(withEmbedded(loadExample('ezhou-2025'), silenced));
    const modified = byRule(result, 'profile.modified-builtin');
    expect(modified).toHaveLength(result.forms.length);
    expect(modified[0].severity).toBe('error');
    expect(modified[0].message).toContain('mof-2021');
    expect(modified[0].message).toContain(
      '规则 hierarchy.required-level1 的级别由“错误”改为“提示”',
    );
    // The forms are checked by the built-in itself: the weakened copy changes nothing else.
    expect(result.findings.filter((f) => f.rule !== 'profile.modified-builtin')).toEqual(
      plain.findings,
    );
    expect(result.forms.every((form) => form.profileOrigin === 'builtin')).toBe(true);
  });

  test('that drops a required 一级 or widens the tolerance says so', () => {
    const weakened = { ...JSON.parse(profileToJson(mof)), requiredLevel1: [], tolerance: '100' };
    const [finding] = byRule(
      check(withEmbedded(loadExample('ezhou-2025'), weakened)),
      'profile.modified-builtin',
    );
    expect(finding.message).toContain('必填一级指标');
    expect(finding.message).toContain('金额容差由 "0.01" 改为 "100"');
  });
});

describe('where the rules came from', () => {
  test('built-in by fit, a profile of its own id embedded, a given one by its origin', () => {
    const fitted = check(loadExample('ezhou-2025')).forms[0];
    expect(fitted.profileOrigin).toBe('builtin');
    const own = { ...JSON.parse(profileToJson(mof)), id: 'ezhou-2025' };
    const carried = check(withEmbedded(loadExample('ezhou-2025'), own)).forms[0];
    expect([carried.profile, carried.profileOrigin]).toEqual(['ezhou-2025', 'embedded']);
    // Same rules, another id: the fingerprint covers the whole profile.
    expect(carried.profileFingerprint).not.toBe(fitted.profileFingerprint);
    expect(check(loadExample('ezhou-2025'), { profiles: [mof] }).forms[0].profileOrigin).toBe(
      'builtin',
    );
    const fromFile = { ...mof, severity: { 'hierarchy.required-level1': 'warning' as const } };
    expect(check(loadExample('ezhou-2025'), { profiles: [fromFile] }).forms[0].profileOrigin).toBe(
      'file',
    );
  });
});
