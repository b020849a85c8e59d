/**
 * taskpane.html: the add-in's one page. With a shared runtime it hosts the task pane and the
 * ribbon functions on one controller; without one, Office loads it once for the pane and once,
 * hidden, for the ribbon functions, and each copy works on its own.
 */
import React from 'react';
import { createRoot } from 'react-dom/client';
import { registerRibbonCommands } from '../commands/commands';
import { sharedController } from '../runtime';
import { OutsideExcelNotice, openedByOffice } from './OutsideExcelNotice';
import { TaskPane } from './TaskPane';

// page.html's inline check takes #root away in webviews this bundle cannot serve (IE11, Edge Legacy).
const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  if (typeof Office === 'undefined') {
    // office.js could not be loaded: from the CDN without internet, or a build missing its copy.
    root.render(<OutsideExcelNotice reason="office-js-missing" insideOffice={openedByOffice()} />);
  } else {
    void Office.onReady((info) => {
      if (info.host !== Office.HostType.Excel) {
        root.render(<OutsideExcelNotice reason="not-excel" insideOffice={false} />);
        return;
      }
      const controller = sharedController();
      registerRibbonCommands(controller);
      root.render(<TaskPane controller={controller} />);
      void controller.start();
    });
  }
}
