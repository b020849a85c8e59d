/** The registry as a catalog: ids, Chinese names and descriptions, and messages filled on real forms. */
import { RULES } from '../../../src/engine';
import { runRules } from '../../../src/engine/check';
import { readWorkbook } from '../../../src/engine/reader/workbook';
import { formatMessage, placeholdersOf } from '../../../src/engine/rules/rule';
import { loadExample, type ExampleName } from '../fixtures';

const CHINESE = /[\u4e00-\u9fff]/;

test('ids are unique and read family.name', () => {
  const ids = RULES.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$/);
});

test.each(RULES.map((rule) => [rule.id, rule] as const))(
  '%s has a short Chinese name, a Chinese description and Chinese messages',
  (_id, { meta }) => {
    expect(meta.name).toMatch(CHINESE);
    expect([...meta.name].length).toBeLessThanOrEqual(12);
    expect(meta.description).toMatch(CHINESE);
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    for (const template of Object.values(meta.messages)) expect(template).toMatch(CHINESE);
  },
);

test('a message is its template with every placeholder filled from the data', () => {
  expect(
    formatMessage('{row}的预算增减变化应为 {expected}', { row: '基本支出', expected: 10.64 }),
  ).toBe('基本支出的预算增减变化应为 10.64');
  // A placeholder left unfilled shows as written: the checks below catch it.
  expect(formatMessage('计算符号“{written}”无法识别', {})).toBe('计算符号“{written}”无法识别');
});

test.each<ExampleName>(['suizhou-2025', 'suizhou-2024', 'ezhou-2025', 'yantian-2022'])(
  'every finding on %s fills every placeholder of its message',
  (example) => {
    const [run] = runRules([readWorkbook(loadExample(example))], {}, RULES);
    expect(run.reports.length).toBeGreaterThan(0);
    for (const { finding, messageId, data } of run.reports) {
      const rule = RULES.find((r) => r.id === finding.rule)!;
      const unfilled = placeholdersOf(rule.meta.messages[messageId]).filter(
        (name) => !(name in data),
      );
      expect({ rule: finding.rule, messageId, unfilled }).toEqual({
        rule: finding.rule,
        messageId,
        unfilled: [],
      });
    }
  },
);
