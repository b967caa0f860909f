#!/usr/bin/env node
// Draws the tray icons as PNGs with nothing but zlib, so they are reproducible without an image editor:
//   node resources/generate-icons.mjs
// Each state gets a macOS template image (black + alpha; macOS recolours it for light/dark menu bars),
// a dark glyph for light taskbars and a light glyph for dark ones (picked with nativeTheme), at 1x and @2x.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a 16×16 design space, as coverage functions (1 inside, 0 outside, anti-aliased edge).
const edge = (distance, scale) => Math.max(0, Math.min(1, 0.5 - distance * scale));
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - w / 2;
function segment(ax, ay, bx, by, w) {
  return (x, y) => {
    const [dx, dy] = [bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) - w / 2;
  };
}

const mark = ring(8, 8, 5.5, 1.6);
// Glyph shapes per state; `badge` is the coloured status dot on Windows/Linux.
const STATES = {
  ready: { shapes: [mark, circle(8, 8, 2.6)], badge: [46, 160, 67] },
  'not-configured': { shapes: [mark], badge: [210, 140, 20] },
  'token-rejected': { shapes: [mark, segment(8, 5, 8, 8.6, 1.7), circle(8, 11, 0.95)], badge: [210, 50, 45] },
  offline: { shapes: [mark, segment(3.5, 12.5, 12.5, 3.5, 1.5)], badge: [130, 130, 130] },
  dialing: { shapes: [mark, circle(5.4, 8, 1), circle(8, 8, 1), circle(10.6, 8, 1)], badge: [40, 110, 220] },
};

// A faint halo in the opposite tone keeps the glyph visible when the taskbar's shade differs from the app
// theme nativeTheme reports (Windows 10's dark taskbar with light apps; GNOME's dark top bar).
function draw(size, shapes, color, badge, halo = null) {
  const scale = size / 16;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const [x, y] = [(px + 0.5) / scale, (py + 0.5) / scale];
      let alpha = 0;
      let around = 0;
      for (const shape of shapes) {
        alpha = Math.max(alpha, edge(shape(x, y), scale));
        if (halo) around = Math.max(around, edge(shape(x, y) - 0.8, scale) * 0.55);
      }
      let rgb = color;
      if (halo && around > alpha) {
        const mix = alpha / around;
        rgb = color.map((c, i) => Math.round(c * mix + halo[i] * (1 - mix)));
        alpha = around;
      }
      if (badge) {
        const b = edge(circle(13, 13, 2.8)(x, y), scale);
        if (b > 0) {
          rgb = color.map((c, i) => Math.round(c * (1 - b) + badge[i] * b));
          alpha = Math.max(alpha, b);
        }
      }
      const o = (py * size + px) * 4;
      out[o] = rgb[0];
      out[o + 1] = rgb[1];
      out[o + 2] = rgb[2];
      out[o + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, out);
}

for (const [state, { shapes, badge }] of Object.entries(STATES)) {
  for (const [suffix, size] of [
    ['', 16],
    ['@2x', 32],
  ]) {
    const file = (name) => join(here, 'tray', `${name}${suffix}.png`);
    writeFileSync(file(`${state}Template`), draw(size, shapes, [0, 0, 0], null));
    writeFileSync(file(`${state}-dark`), draw(size, shapes, [32, 32, 32], badge, [255, 255, 255]));
    writeFileSync(file(`${state}-light`), draw(size, shapes, [240, 240, 240], badge, [0, 0, 0]));
  }
}
// The app icon (Linux .desktop, notifications): the ready glyph, large, dark on transparent.
writeFileSync(join(here, 'icon.png'), draw(1024, STATES.ready.shapes, [32, 32, 32], null));
