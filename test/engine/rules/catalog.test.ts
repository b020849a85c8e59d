/** The rule registry against the catalog of shared/spec/rules.md: every id, its default severity, its tests. */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../../src/engine';

/** The catalog as rules.md prints it (id → default severity). */
const CATALOG: Record<string, 'error' | 'warning' | 'info'> = {
  'form.header-missing': 'error',
  'form.target-missing': 'error',
  'form.year-mismatch': 'error',
  'form.unrecognized': 'info',
  'hierarchy.unknown-level1': 'error',
  'hierarchy.unknown-level2': 'error',
  'hierarchy.level2-parent': 'error',
  'hierarchy.level3-missing': 'error',
  'hierarchy.required-level1': 'error',
  'hierarchy.min-level3': 'warning',
  'hierarchy.duplicate-level3': 'warning',
  'hierarchy.name-too-long': 'error',
  'operator.nonstandard': 'info',
  'operator.unknown': 'error',
  'value.missing': 'error',
  'value.not-numeric': 'error',
  'value.placeholder': 'error',
  'value.qualitative-numeric': 'warning',
  'value.quantity-qualitative': 'warning',
  'value.percent-range': 'error',
  'unit.missing': 'error',
  'unit.unknown': 'warning',
  'unit.conflict': 'error',
  'unit.qualitative': 'warning',
  'cost.unit-not-money': 'error',
  'cost.exceeds-budget': 'error',
  'cost.operator': 'warning',
  'budget.funding-sum': 'error',
  'budget.income-sum': 'error',
  'budget.expense-sum': 'error',
  'budget.balance': 'error',
  'budget.change': 'error',
  'budget.staff-sum': 'error',
  'budget.tasks-sum': 'error',
  'budget.projects-total': 'error',
  'budget.projects-unknown': 'info',
  'budget.prior-year': 'warning',
  'budget.not-numeric': 'error',
  'quality.quantified-share': 'warning',
  'quality.target-unmeasured': 'info',
};

test('every rule of the catalog is implemented with its default severity, and no other', () => {
  expect(Object.fromEntries(RULES.map((rule) => [rule.id, rule.severity]))).toEqual(CATALOG);
});

test('every rule has a Chinese description', () => {
  for (const rule of RULES) expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
});

test.each(Object.keys(CATALOG))(
  '%s has its own describe block in the tests of its family',
  (id) => {
    const family = id.split('.')[0];
    const tests = fs.readFileSync(path.join(__dirname, `${family}.test.ts`), 'utf8');
    expect(tests).toContain(`describe('${id}'`);
  },
);
