/** Findings a bureau's own profile decided say so, naming the profile; built-in ones do not. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { builtinProfile, parseProfileJson, type Profile } from '../../src/engine';
import { check, loadExample } from './fixtures';

const city = parseProfileJson(
  readFileSync(
    join(__dirname, '..', '..', 'examples', 'profiles', 'example-city-project.json'),
    'utf8',
  ),
);
if (!city.ok) throw new Error(city.errors.join('; '));
const cityProfile = city.profile;
const mof = builtinProfile('mof-2021') as Profile;

/** ezhou-2025's forms, by the city profile or by the built-in it adjusts. */
const byCity = check(loadExample('ezhou-2025'), { profiles: [cityProfile] }).findings;
const byMof = check(loadExample('ezhou-2025'), { profiles: [mof] }).findings;

test('the built-in profile decides no finding as a bureau', () => {
  expect(byMof.length).toBeGreaterThan(0);
  expect(byMof.filter((finding) => finding.profileBasis !== undefined)).toEqual([]);
});

test.each<[string, string[]]>([
  ['quality.quantified-share', ['产出指标量化比例 0.6', '级别为“错误”（默认为“警告”）']],
  ['cost.unit-not-money', ['额外计量单位 ["人天","车次","标准间"]']],
])('%s findings name the city profile and what it set', (rule, mentions) => {
  const findings = byCity.filter((finding) => finding.rule === rule);
  expect(findings.length).toBeGreaterThan(0);
  for (const finding of findings) {
    expect(finding.profileBasis).toContain(`按“${cityProfile.name}”配置要求`);
    for (const text of mentions) expect(finding.profileBasis).toContain(text);
  }
});

test('findings of rules the profile sets nothing for carry no basis', () => {
  const operators = byCity.filter((finding) => finding.rule === 'operator.nonstandard');
  expect(operators.length).toBeGreaterThan(0);
  expect(operators.filter((finding) => finding.profileBasis !== undefined)).toEqual([]);
});
