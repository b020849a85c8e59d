/** Template setting: the 单位（盖章）/负责人/日期 block printed under a generated form. */
import { z } from 'zod';
import { profileField } from './field';

export const signatureBlockField = profileField(z.boolean().default(false), {
  title: '签章栏',
  description:
    '生成的表在填报人一行下方加印“单位（盖章）、负责人、日期”签章栏，供盖章签字后报送。' +
    '内置配置中财政部样式的项目表（mof-2021、mof-2015）默认加印；随州、鄂州、盐田样式' +
    '（legacy-project、hubei-department、shenzhen-department）的原表只有填报人和联系电话，默认不印。',
});
