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
 * Shown when taskpane.html is not running inside Excel: opened in a plain browser
 * (Office.onReady resolves with no host), or office.js could not be loaded at all.
 */
export function OutsideExcelNotice({ officeJsMissing }: { officeJsMissing: boolean }) {
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN" style={{ padding: 16 }}>
      <MessageBar intent={officeJsMissing ? 'warning' : 'info'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {officeJsMissing
              ? '未能加载 office.js（需要联网）'
              : '请在 Excel 中打开绩效目标申报助手'}
          </MessageBarTitle>
          此页面是 Excel 加载项，需要由 Excel 加载。没有 Excel 时可以打开
          <Link href="sandbox.html">沙盒页面</Link>试用：它在模拟的工作簿上运行同一个任务窗格。
          <br />用 WPS 或其他表格软件的，可在<Link href="check.html">网页版检查</Link>
          中检查自己的文件。
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
