/** Every rule, in the order findings are produced; docs/rules.md is generated from their meta. */
import { balance } from './budget/balance';
import { change } from './budget/change';
import { fundingSum } from './budget/fundingSum';
import { expenseSum, incomeSum } from './budget/fundSums';
import { budgetNotNumeric } from './budget/notNumeric';
import { priorYear } from './budget/priorYear';
import { projectsTotal } from './budget/projectsTotal';
import { projectsUnknown } from './budget/projectsUnknown';
import { staffSum } from './budget/staffSum';
import { tasksSum } from './budget/tasksSum';
import { exceedsBudget } from './cost/exceedsBudget';
import { costOperator } from './cost/operator';
import { unitNotMoney } from './cost/unitNotMoney';
import { headerMissing } from './form/headerMissing';
import { mixedHierarchy } from './form/mixedHierarchy';
import { targetMissing } from './form/targetMissing';
import { unplaced } from './form/unplaced';
import { unrecognized } from './form/unrecognized';
import { yearMismatch } from './form/yearMismatch';
import { duplicateLevel3 } from './hierarchy/duplicateLevel3';
import { level2Parent } from './hierarchy/level2Parent';
import { level3Missing } from './hierarchy/level3Missing';
import { minLevel3 } from './hierarchy/minLevel3';
import { nameTooLong } from './hierarchy/nameTooLong';
import { requiredLevel1 } from './hierarchy/requiredLevel1';
import { unknownLevel1 } from './hierarchy/unknownLevel1';
import { unknownLevel2 } from './hierarchy/unknownLevel2';
import { nonstandard } from './operator/nonstandard';
import { unknownOperator } from './operator/unknown';
import { quantifiedShare } from './quality/quantifiedShare';
import { targetUnmeasured } from './quality/targetUnmeasured';
import type { Rule } from './rule';
import { conflict } from './unit/conflict';
import { unitMissing } from './unit/missing';
import { unitQualitative } from './unit/qualitative';
import { unknownUnit } from './unit/unknown';
import { fullWidthDigits } from './value/fullWidthDigits';
import { valueMissing } from './value/missing';
import { valueNotNumeric } from './value/notNumeric';
import { percentRange } from './value/percentRange';
import { placeholder } from './value/placeholder';
import { qualitativeNumeric } from './value/qualitativeNumeric';
import { quantityQualitative } from './value/quantityQualitative';

export const RULES: readonly Rule[] = [
  headerMissing,
  targetMissing,
  yearMismatch,
  mixedHierarchy,
  unrecognized,
  unplaced,
  unknownLevel1,
  unknownLevel2,
  level2Parent,
  level3Missing,
  requiredLevel1,
  minLevel3,
  duplicateLevel3,
  nameTooLong,
  nonstandard,
  unknownOperator,
  valueMissing,
  valueNotNumeric,
  placeholder,
  qualitativeNumeric,
  quantityQualitative,
  percentRange,
  fullWidthDigits,
  unitMissing,
  unknownUnit,
  conflict,
  unitQualitative,
  unitNotMoney,
  exceedsBudget,
  costOperator,
  fundingSum,
  incomeSum,
  expenseSum,
  balance,
  change,
  staffSum,
  tasksSum,
  projectsTotal,
  projectsUnknown,
  priorYear,
  budgetNotNumeric,
  quantifiedShare,
  targetUnmeasured,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
