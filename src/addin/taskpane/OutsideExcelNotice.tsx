import React from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Link,
  webLightTheme,
} from '@fluentui/react-components';

/**
 * Whether Office opened this page: Office adds `_host_Info` to the add-in page's URL, which
 * tells the inside of Excel from a browser tab even when office.js itself is missing.
 */
export function openedByOffice(search: string = window.location.search): boolean {
  return new URLSearchParams(search).has('_host_Info');
}

export type NoticeReason = 'office-js-missing' | 'not-excel';

/**
 * Shown when the task pane cannot run: office.js could not be loaded, or the page was opened
 * outside Excel. Inside Excel the reader is an officer whose bureau must fix the deployment;
 * in a browser, the sandbox shows what the add-in does.
 */
export function OutsideExcelNotice({
  reason,
  insideOffice,
}: {
  reason: NoticeReason;
  insideOffice: boolean;
}) {
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN" style={{ padding: 16 }}>
      <MessageBar intent={reason === 'office-js-missing' ? 'warning' : 'info'} layout="multiline">
        {insideOffice ? (
          <MessageBarBody>
            <MessageBarTitle>未能加载 office.js，助手无法连接 Excel</MessageBarTitle>
            office.js 是微软提供的 Office 接口库。单位内网不能访问互联网时，请信息管理员按 README
            “部署”一节用 <code>--office-js local</code> 重新构建，把 office.js
            与加载项一起放在单位的服务器上（或放行
            appsforoffice.microsoft.com）。在此之前可以用命令行
            <code>perf-forms check 申报表.xlsx</code> 检查申报表，或在
            <Link href="check.html">网页版检查</Link>中检查自己的文件。
          </MessageBarBody>
        ) : (
          <MessageBarBody>
            <MessageBarTitle>
              {reason === 'office-js-missing'
                ? '未能加载 office.js：此页面需要在 Excel 中打开'
                : '请在 Excel 中打开绩效目标申报助手'}
            </MessageBarTitle>
            此页面是 Excel 加载项，需要由 Excel 加载。没有 Excel 时可以打开
            <Link href="sandbox.html">沙盒页面</Link>试用：它在模拟的工作簿上运行同一个任务窗格。
            <br />用 WPS 或其他表格软件的，可在<Link href="check.html">网页版检查</Link>
            中检查自己的文件。
          </MessageBarBody>
        )}
      </MessageBar>
    </FluentProvider>
  );
}
