/** Excel.NamedItemCollection: defined names added by address or range, found case-insensitively. */
import { createFakeExcel } from '../../../src/sandbox/fakeExcel';
import { book, SHEET } from './workbook';

test('adds a name for a range as an absolute reference, and finds names regardless of case', async () => {
  const excel = createFakeExcel(book());
  await excel.run(async (context) => {
    const names = context.workbook.names;
    names.add('项目_产出指标', context.workbook.worksheets.getItem(SHEET).getRange('B2:B4'));
    const found = names.getItemOrNullObject('列表_部门一级指标').load('formula');
    const missing = names.getItemOrNullObject('列表_不存在');
    names.load('items');
    await context.sync();
    expect(found.formula).toBe("='_perf_forms_lists'!$A$2:$A$3");
    expect(missing.isNullObject).toBe(true);
    expect(names.items.map((item) => [item.name, item.formula])).toEqual([
      ['列表_部门一级指标', "='_perf_forms_lists'!$A$2:$A$3"],
      ['项目_产出指标', `='${SHEET}'!$B$2:$B$4`],
    ]);
  });
});

test.each([
  ['a name that is a cell address', 'AB12', 'InvalidArgument'],
  ['a name with a space', '列表 计算符号', 'InvalidArgument'],
  ['a name taken in another case', '列表_部门一级指标'.toUpperCase(), 'ItemAlreadyExists'],
])('refuses %s', async (_, name, code) => {
  const excel = createFakeExcel(book());
  await expect(
    excel.run(async (context) => {
      context.workbook.names.add(name, `='${SHEET}'!$A$1`);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code });
});
