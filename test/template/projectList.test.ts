/** The one 项目清单 parser of the pane and `generate --projects`. */
import { parseProjectList } from '../../src/template';

describe('parseProjectList', () => {
  it.each([
    [
      '市、区合署办公:3.5,项目B:2',
      [
        ['市、区合署办公', '3.5'],
        ['项目B', '2'],
      ],
    ],
    [
      '城区道路维修：35\n社区养老服务补贴：120.5',
      [
        ['城区道路维修', '35'],
        ['社区养老服务补贴', '120.5'],
      ],
    ],
    [
      '门户网站:4；OA系统：1.50万元\r\n便民寄递\t8万',
      [
        ['门户网站', '4'],
        ['OA系统', '1.5'],
        ['便民寄递', '8'],
      ],
    ],
    ['  A : 007 ,, ', [['A', '7']]],
  ])('reads %j', (text, expected) => {
    const result = parseProjectList(text);
    expect(result).toEqual({
      ok: true,
      projects: expected.map(([name, funding]) => ({ name, funding })),
    });
  });

  it.each([
    ['', ['没有列出任何项目']],
    ['A:1,A:2', ['第 2 项“A:2”的项目名称“A”与前面的项目重复']],
    ['A', ['第 1 项“A”缺少金额']],
    ['热线运行:12.5，门户网站', ['第 2 项“门户网站”缺少金额']],
    ['：5', ['第 1 项“：5”缺少项目名称']],
    [
      'A:0,B:-1,C:十万,D:1e3',
      ['“0”不是大于 0', '“-1”不是大于 0', '“十万”不是大于 0', '“1e3”不是大于 0'],
    ],
  ])('refuses %j naming each bad item', (text, messages) => {
    const result = parseProjectList(text);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(messages.length);
    messages.forEach((message, index) => expect(errors[index]).toContain(message));
  });
});
