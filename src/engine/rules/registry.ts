/** Every rule of the catalog (shared/spec/rules.md), in the order findings are produced. */
import type { Severity } from '../findings';
import { budgetRules } from './budget';
import { costRules } from './cost';
import { formRules } from './form';
import { hierarchyRules } from './hierarchy';
import { operatorRules } from './operator';
import { qualityRules } from './quality';
import type { Rule } from './types';
import { unitRules } from './unit';
import { valueRules } from './value';

export const RULES: readonly Rule[] = [
  ...formRules,
  ...hierarchyRules,
  ...operatorRules,
  ...valueRules,
  ...unitRules,
  ...costRules,
  ...budgetRules,
  ...qualityRules,
];

export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
}

export function ruleById(id: string): RuleMeta | undefined {
  return RULES.find((rule) => rule.id === id);
}
