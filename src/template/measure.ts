/**
 * Estimating how much room text needs, without a font renderer: Excel's column unit is about
 * the width of one Latin digit, and a CJK character is about two of them.
 */
import { displayWidth } from '../engine';
import { BODY_FONT_SIZE } from './styles';

/** Room lost to the cell's inner margins, in character units. */
const CELL_PADDING = 1.5;

/** Lines a wrapped cell needs to show its text whole in a span of `width` character units. */
export function linesNeeded(text: string, width: number, fontSize = BODY_FONT_SIZE): number {
  const scale = fontSize / BODY_FONT_SIZE;
  const usable = Math.max(1, width - CELL_PADDING);
  return text
    .split('\n')
    .reduce(
      (lines, line) => lines + Math.max(1, Math.ceil((displayWidth(line) * scale) / usable)),
      0,
    );
}

/** Points per line of text, leading included, and the padding a row adds. */
const LINE_HEIGHT_PER_POINT = 1.35;
const ROW_PADDING = 4;

export function rowHeightFor(lines: number, fontSize = BODY_FONT_SIZE): number {
  return Math.ceil(lines * fontSize * LINE_HEIGHT_PER_POINT + ROW_PADDING);
}

/** A column wide enough for the widest of `texts` on one line, within [min, max]. */
export function fitWidth(texts: readonly string[], min: number, max: number): number {
  const widest = Math.max(0, ...texts.map(displayWidth));
  return Math.min(max, Math.max(min, widest + 2));
}
