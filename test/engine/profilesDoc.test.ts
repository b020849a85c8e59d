/** docs/配置说明.md, generated from the profile schema. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadProfileBytes } from '../../src/engine';
import { PROFILE_DOC_EXAMPLE, profilesMarkdown } from '../../src/engine/profiles/doc';
import { profileShape } from '../../src/engine/profiles/schema';

const root = join(__dirname, '..', '..');
const markdown = profilesMarkdown(readFileSync(join(root, PROFILE_DOC_EXAMPLE), 'utf8'));

test('docs/配置说明.md is up to date (npm run docs:profiles writes it)', () => {
  expect(readFileSync(join(root, 'docs', '配置说明.md'), 'utf8')).toBe(markdown);
});

test('every field has its section with its Chinese name, type and default', () => {
  for (const key of Object.keys(profileShape))
    expect(markdown).toMatch(new RegExp(`### \`${key}\` \\S+\\n\\n\\| 类型 \\| 不填时 \\|`));
  expect(markdown).toContain('### `hierarchy[].level2` 二级指标');
  expect(markdown).toMatch(
    /### `moneyUnit` 金额单位\n[^#]*`元`、`千元`、`万元`、`亿元` \| `"万元"` \|/,
  );
  expect(markdown).toMatch(/### `id` 配置编号\n[^#]*\| 必填 \|/);
});

test('the full example validates and writes out every field', () => {
  const example = /```json\n([^]*?)```/.exec(markdown)?.[1] ?? '';
  const result = loadProfileBytes(new TextEncoder().encode(example));
  expect(result.ok).toBe(true);
  expect(Object.keys(JSON.parse(example)).sort()).toEqual(Object.keys(profileShape).sort());
});
