/** The template's look, as the printed forms have it: 宋体 body, 黑体 title, ruled cells. */
import type { CellStyle, StyleKey } from './layout';

/** Body font size in points; column widths and row heights are estimated for it. */
export const BODY_FONT_SIZE = 11;
export const TITLE_FONT_SIZE = 18;
export const SUBTITLE_FONT_SIZE = 12;

const BODY = '宋体';
const HEADING = '黑体';

function style(
  font: { name?: string; size?: number; bold?: boolean },
  horizontal: CellStyle['horizontal'],
  vertical: CellStyle['vertical'],
  border: boolean,
): CellStyle {
  return {
    font: { name: font.name ?? BODY, size: font.size ?? BODY_FONT_SIZE, bold: font.bold ?? false },
    horizontal,
    vertical,
    wrap: true,
    indent: horizontal === 'center' || !border ? 0 : 1,
    border,
  };
}

export const STYLES: Record<StyleKey, CellStyle> = {
  title: style({ name: HEADING, size: TITLE_FONT_SIZE }, 'center', 'middle', false),
  subtitle: style({ size: SUBTITLE_FONT_SIZE }, 'center', 'middle', false),
  caption: style({ bold: true }, 'center', 'middle', true),
  label: style({}, 'center', 'middle', true),
  tableHeader: style({ bold: true }, 'center', 'middle', true),
  level: style({}, 'center', 'top', true),
  choice: style({}, 'center', 'middle', true),
  input: style({}, 'left', 'middle', true),
  longText: style({}, 'left', 'top', true),
  number: style({}, 'right', 'middle', true),
  plain: { ...style({}, 'left', 'top', false), wrap: false },
  signature: { ...style({}, 'left', 'top', false), wrap: false },
};
