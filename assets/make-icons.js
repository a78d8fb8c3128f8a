// Draws the add-in's icons (a white check mark on an Excel-green rounded square) and writes
// them as PNG files with Node's zlib alone: `node assets/make-icons.js`.
// Office asks for 16, 32 and 80 px (ribbon), 32 and 64 px (add-in dialogs) and 128 px (listings).
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x10, 0x7c, 0x41];
const WHITE = [0xff, 0xff, 0xff];
/** Samples per pixel side, for anti-aliased edges. */
const SUPERSAMPLE = 4;

/** Signed distance from (x, y) to a rounded square of side 1 (units of the icon, 0..1). */
function roundedSquare(x, y, radius) {
  const qx = Math.abs(x - 0.5) - (0.5 - radius);
  const qy = Math.abs(y - 0.5) - (0.5 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Distance from (x, y) to the segment a–b. */
function segment(x, y, [ax, ay], [bx, by]) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const CHECK = [
  [0.26, 0.52],
  [0.43, 0.69],
  [0.75, 0.33],
];

/** RGBA of one sample: transparent outside the square, white on the check mark, green elsewhere. */
function sample(x, y, size) {
  if (roundedSquare(x, y, 0.18) > 0) return null;
  // Thin strokes vanish at 16 px: keep the stroke at least 1.6 px wide.
  const halfStroke = Math.max(0.065, 0.8 / size);
  const onCheck = segment(x, y, CHECK[0], CHECK[1]) <= halfStroke || segment(x, y, CHECK[1], CHECK[2]) <= halfStroke;
  return onCheck ? WHITE : GREEN;
}

function pixels(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let [r, g, b, covered] = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size, size);
          if (colour === null) continue;
          [r, g, b, covered] = [r + colour[0], g + colour[1], b + colour[2], covered + 1];
        }
      }
      const at = 1 + px * 4;
      if (covered > 0) {
        row[at] = Math.round(r / covered);
        row[at + 1] = Math.round(g / covered);
        row[at + 2] = Math.round(b / covered);
        row[at + 3] = Math.round((255 * covered) / (SUPERSAMPLE * SUPERSAMPLE));
      }
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
