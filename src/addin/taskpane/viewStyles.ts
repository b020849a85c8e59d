/** Styles the pane's views share (the web page's 生成 view too): a row of buttons, a muted hint. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useViewStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});
