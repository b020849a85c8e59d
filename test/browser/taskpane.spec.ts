/**
 * taskpane.html outside Excel: office.js is Office's CDN script, unreachable here, so the page
 * must say what it is instead of failing silently.
 */
import type { BrowserSpec } from './spec';

export const taskpaneSpecs: BrowserSpec[] = [
  {
    name: 'taskpane.html 在 Excel 之外、无法加载 office.js 时给出中文说明',
    async run(driver) {
      const page = driver.page;
      await page.route('https://appsforoffice.microsoft.com/**', (route) =>
        route.abort('internetdisconnected'),
      );
      await page.goto(new URL('taskpane.html', driver.baseUrl).href);
      await page.getByText('未能加载 office.js（需要联网）').waitFor();
      await page.getByRole('link', { name: '沙盒页面' }).waitFor();
    },
  },
];
