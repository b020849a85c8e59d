#!/usr/bin/env node
/**
 * Draws the add-in's icons as PNG files, offline and without image libraries: shapes are
 * described in a 0..1 square, rasterised with 4×4 supersampling and PNG-encoded with zlib.
 * Run `node assets/draw-icons.js` after changing a shape; the PNGs are committed.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BRAND = [15, 108, 189];
const WHITE = [255, 255, 255];
const GREEN = [16, 124, 65];
const RED = [209, 52, 56];
const ERROR_FILL = [255, 199, 206];
const GRID_LINE = [96, 94, 92];
const PAPER = [250, 250, 250];

/** Signed distance to a rounded rectangle; negative inside. */
function roundedRect(x0, y0, x1, y1, radius) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - radius;
  const hy = (y1 - y0) / 2 - radius;
  return (x, y) => {
    const dx = Math.max(Math.abs(x - cx) - hx, 0);
    const dy = Math.max(Math.abs(y - cy) - hy, 0);
    const inside = Math.min(Math.max(Math.abs(x - cx) - hx, Math.abs(y - cy) - hy), 0);
    return Math.hypot(dx, dy) + inside - radius;
  };
}

/** Signed distance to a stroked polyline of the given width. */
function stroke(points, width) {
  return (x, y) => {
    let best = Infinity;
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const abx = bx - ax;
      const aby = by - ay;
      const t = Math.max(
        0,
        Math.min(1, ((x - ax) * abx + (y - ay) * aby) / (abx * abx + aby * aby)),
      );
      best = Math.min(best, Math.hypot(x - (ax + t * abx), y - (ay + t * aby)));
    }
    return best - width / 2;
  };
}

function circle(cx, cy, r) {
  return (x, y) => Math.hypot(x - cx, y - cy) - r;
}

/** A 3×3 grid of cells drawn as paper with lines; `cellFill(row, col)` may colour a cell. */
function sheetGrid(cellFill) {
  const left = 0.12;
  const top = 0.12;
  const size = 0.76;
  const cell = size / 3;
  const layers = [{ shape: roundedRect(left, top, left + size, top + size, 0.06), color: PAPER }];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 3; col++) {
      const fill = cellFill(row, col);
      if (fill) {
        const x = left + col * cell;
        const y = top + row * cell;
        layers.push({ shape: roundedRect(x, y, x + cell, y + cell, 0.01), color: fill });
      }
    }
  }
  const line = 0.045;
  layers.push({ shape: frame(left, top, left + size, top + size, line), color: GRID_LINE });
  for (let i = 1; i < 3; i++) {
    layers.push({
      shape: stroke(
        [
          [left + i * cell, top],
          [left + i * cell, top + size],
        ],
        line * 0.7,
      ),
      color: GRID_LINE,
    });
    layers.push({
      shape: stroke(
        [
          [left, top + i * cell],
          [left + size, top + i * cell],
        ],
        line * 0.7,
      ),
      color: GRID_LINE,
    });
  }
  return layers;
}

function frame(x0, y0, x1, y1, width) {
  const outer = roundedRect(x0, y0, x1, y1, 0.06);
  return (x, y) => Math.abs(outer(x, y) + width / 2) - width / 2;
}

const ICONS = {
  // The add-in: a form on the brand colour, ticked.
  icon: [
    { shape: roundedRect(0.04, 0.04, 0.96, 0.96, 0.18), color: BRAND },
    { shape: roundedRect(0.24, 0.16, 0.76, 0.84, 0.06), color: WHITE },
    {
      shape: stroke(
        [
          [0.33, 0.3],
          [0.67, 0.3],
        ],
        0.06,
      ),
      color: BRAND,
    },
    {
      shape: stroke(
        [
          [0.33, 0.43],
          [0.67, 0.43],
        ],
        0.06,
      ),
      color: BRAND,
    },
    { shape: circle(0.66, 0.68, 0.2), color: GREEN },
    {
      shape: stroke(
        [
          [0.57, 0.68],
          [0.64, 0.75],
          [0.76, 0.61],
        ],
        0.07,
      ),
      color: WHITE,
    },
  ],
  // 高亮错误: a sheet with one cell marked in the error colours.
  highlight: [
    ...sheetGrid((row, col) => (row === 1 && col === 1 ? ERROR_FILL : null)),
    { shape: frame(0.37, 0.37, 0.63, 0.63, 0.07), color: RED },
  ],
  // 清除高亮: a clean sheet with an eraser cross.
  clear: [
    ...sheetGrid(() => null),
    { shape: circle(0.72, 0.72, 0.22), color: BRAND },
    {
      shape: stroke(
        [
          [0.64, 0.64],
          [0.8, 0.8],
        ],
        0.07,
      ),
      color: WHITE,
    },
    {
      shape: stroke(
        [
          [0.8, 0.64],
          [0.64, 0.8],
        ],
        0.07,
      ),
      color: WHITE,
    },
  ],
};

const SIZES = { icon: [16, 32, 64, 80], highlight: [16, 32, 80], clear: [16, 32, 80] };

/** Rasterises layers (painted in order) into RGBA rows with 4×4 supersampling. */
function render(layers, size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let color = null;
          for (const layer of layers) if (layer.shape(x, y) <= 0) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      pixels[offset] = a ? Math.round(r / a) : 0;
      pixels[offset + 1] = a ? Math.round(g / a) : 0;
      pixels[offset + 2] = a ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(pixels, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const [name, layers] of Object.entries(ICONS)) {
  for (const size of SIZES[name]) {
    const file = path.join(__dirname, `${name}-${size}.png`);
    fs.writeFileSync(file, encodePng(render(layers, size), size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
