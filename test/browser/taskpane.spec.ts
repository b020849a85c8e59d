/**
 * taskpane.html where the task pane cannot run: office.js missing (outside Excel, or inside it
 * on an intranet), and the old webviews (IE11, Edge Legacy) whose notice comes from the page's
 * own inline ES5. Screenshots of each state go to docs/screenshots.
 */
import fs from 'fs';
import path from 'path';
import * as acorn from 'acorn';
import type { Page } from 'playwright-core';
import { RIBBON_FUNCTIONS } from '../../src/addin/commands/commands';
import { ROOT } from './harness';
import type { BrowserSpec } from './spec';

const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/**';
const IE11_AGENT = 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko';
const EDGE_HTML_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
/** What Office adds to the add-in page's URL (host, platform, version, locale). */
const OFFICE_HOST_INFO = '_host_Info=Excel$Win32$16.01$zh-CN$$$$0';

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 360, height: 520 });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}

/** Opens taskpane.html with the given user agent, Office's CDN unreachable. */
async function openWithAgent(
  page: Page,
  baseUrl: string,
  userAgent: string,
): Promise<{ page: Page; close(): Promise<void> }> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ userAgent, locale: 'zh-CN' });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.route(OFFICE_CDN, (route) => route.abort('internetdisconnected'));
  await tab.goto(new URL('taskpane.html', baseUrl).href);
  return {
    page: tab,
    close: async () => {
      await context.close();
      if (errors.length > 0) throw new Error(`页面抛出未捕获的异常：\n${errors.join('\n')}`);
    },
  };
}

export const taskpaneSpecs: BrowserSpec[] = [
  {
    name: 'taskpane.html 在浏览器中、无法加载 office.js 时给出中文说明和沙盒链接',
    async run(driver) {
      const page = driver.page;
      await page.route(OFFICE_CDN, (route) => route.abort('internetdisconnected'));
      await page.goto(new URL('taskpane.html', driver.baseUrl).href);
      await page.getByText('未能加载 office.js：此页面需要在 Excel 中打开').waitFor();
      await page.getByRole('link', { name: '沙盒页面' }).waitFor();
    },
  },
  {
    name: 'taskpane.html 在 Excel 中无法加载 office.js 时说明单位需要做什么',
    async run(driver) {
      const page = driver.page;
      await page.route(OFFICE_CDN, (route) => route.abort('internetdisconnected'));
      await page.goto(new URL(`taskpane.html?${OFFICE_HOST_INFO}`, driver.baseUrl).href);
      await page.getByText('未能加载 office.js，助手无法连接 Excel').waitFor();
      await page.getByText('--office-js local').waitFor();
      if ((await page.getByRole('link', { name: '沙盒页面' }).count()) > 0) {
        throw new Error('Excel 中的说明不应指向沙盒');
      }
      await shoot(page, 'notice-office-js-missing');
    },
  },
  {
    name: 'office.js 迟迟不来时页面立即有内容，不会空白',
    async run(driver) {
      const page = driver.page;
      // The CDN request hangs, as on an intranet that drops the packets.
      await page.route(OFFICE_CDN, () => undefined);
      await page.goto(new URL(`taskpane.html?${OFFICE_HOST_INFO}`, driver.baseUrl).href, {
        waitUntil: 'commit',
      });
      await page.getByText('正在加载 Office 组件（office.js）…').waitFor({ timeout: 3000 });
      await page.getByText('office.js 迟迟未加载').waitFor({ timeout: 15_000 });
    },
  },
  {
    name: 'IE11（Trident）内核：页面内联的 ES5 代码给出中文说明，任务窗格不绘制',
    async run(driver) {
      const opened = await openWithAgent(driver.page, driver.baseUrl, IE11_AGENT);
      const page = opened.page;
      await page.getByText('此版本的 Excel 无法运行绩效目标申报助手').waitFor();
      await page.getByText('Internet Explorer 11', { exact: false }).first().waitFor();
      await page.getByText('perf-forms check 申报表.xlsx').waitFor();
      await page.getByRole('link', { name: 'check.html' }).waitFor();
      // Nothing from the bundle draws over the notice.
      await page.waitForLoadState('load');
      if ((await page.getByText('未能加载 office.js').count()) > 0) {
        throw new Error('任务窗格的脚本在 IE11 说明之上绘制了内容');
      }
      await shoot(page, 'notice-ie11');
      await opened.close();
    },
  },
  {
    name: 'IE11（Trident）内核：功能区按钮打开同一说明的对话框，而不是没有反应',
    async run(driver) {
      const browser = driver.page.context().browser();
      if (!browser) throw new Error('no browser');
      const context = await browser.newContext({ userAgent: IE11_AGENT, locale: 'zh-CN' });
      const tab = await context.newPage();
      // office.js as far as the ribbon functions use it: the dialog they open.
      await tab.route(OFFICE_CDN, (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: `window.Office = { context: { ui: { displayDialogAsync: function (url, options, callback) {
            window.openedDialogs = (window.openedDialogs || []).concat([url]); callback({});
          } } } };`,
        }),
      );
      const pageUrl = new URL('taskpane.html', driver.baseUrl).href;
      await tab.goto(pageUrl);
      for (const name of Object.keys(RIBBON_FUNCTIONS)) {
        // A string, not a closure: tsx would wrap the closure's functions in its own helpers.
        const outcome = (await tab.evaluate(`new Promise((resolve) => {
          const ribbon = window[${JSON.stringify(name)}];
          if (typeof ribbon !== 'function') return resolve({ completed: false, dialogs: [] });
          ribbon({ completed: () => resolve({ completed: true, dialogs: window.openedDialogs }) });
        })`)) as { completed: boolean; dialogs: string[] };
        if (!outcome.completed || outcome.dialogs.at(-1) !== pageUrl) {
          throw new Error(`功能区函数 ${name} 应打开说明对话框：${JSON.stringify(outcome)}`);
        }
      }
      await context.close();
    },
  },
  {
    name: '旧版 Edge（EdgeHTML）内核同样给出说明',
    async run(driver) {
      const opened = await openWithAgent(driver.page, driver.baseUrl, EDGE_HTML_AGENT);
      await opened.page.getByText('旧版 Microsoft Edge（EdgeHTML）', { exact: false }).waitFor();
      await opened.close();
    },
  },
  {
    name: '页面内联脚本只用 ES5（IE11 能解析）',
    async run(driver) {
      const response = await driver.page.request.get(new URL('taskpane.html', driver.baseUrl).href);
      const html = await response.text();
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
      if (inline.length < 2) throw new Error(`应有两段内联脚本，找到 ${inline.length} 段`);
      for (const code of inline) acorn.parse(code, { ecmaVersion: 5 });
    },
  },
];
