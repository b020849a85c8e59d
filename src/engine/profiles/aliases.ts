/**
 * A bureau's own words (issue #9): other wordings of the column and field labels the reader
 * knows, and of the hierarchy's 一级/二级 names, so that its forms read and match as written.
 */
import { z } from 'zod';
import { profileField } from './field';

const word = z.string().trim().min(1);

/** Standard name → the bureau's words for it. */
const wordsFor = (title: string, description: string) =>
  z.record(word, z.array(word).min(1)).default({}).meta({ title, description });

export const aliasesSchema = z
  .object({
    labels: wordsFor(
      '栏目别名',
      '本地表格对栏目、表头字段的叫法，按“标准栏目名: [本地叫法…]”填写，例如 "三级指标": ["考核内容"]、"指标值": ["计划水平"]、"项目名称": ["工程名称"]',
    ),
    indicators: wordsFor(
      '指标名称别名',
      '本地表格对一级、二级指标的叫法，按“指标体系中的名称: [本地叫法…]”填写，例如 "产出指标": ["预期产出指标"]',
    ),
  })
  .strict()
  // Optional: a profile without it prints as before (templates embed profiles as JSON).
  .optional();

export const aliasesField = profileField(aliasesSchema, {
  title: '别名',
  description: '本地表格的叫法：读表时把这些叫法当作对应的标准栏目名或指标名称。',
});

export type Aliases = z.output<typeof aliasesSchema>;
