/**
 * taskpane.html: the add-in's one page in Office's shared runtime. It hosts the task pane and
 * registers the ribbon functions, both on the runtime's single controller.
 */
import React from 'react';
import { createRoot } from 'react-dom/client';
import { registerRibbonCommands } from '../commands/commands';
import { sharedController } from '../runtime';
import { OutsideExcelNotice } from './OutsideExcelNotice';
import { TaskPane } from './TaskPane';

const root = createRoot(document.getElementById('root') as HTMLElement);

// office.js comes from Office's CDN; without network (or outside Office) the page explains itself.
if (typeof Office === 'undefined') {
  root.render(<OutsideExcelNotice officeJsMissing />);
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      root.render(<OutsideExcelNotice officeJsMissing={false} />);
      return;
    }
    const controller = sharedController();
    registerRibbonCommands(controller);
    root.render(<TaskPane controller={controller} />);
    void controller.start();
  });
}
