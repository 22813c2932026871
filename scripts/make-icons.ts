/**
 * Draws the add-in's icon (a green calendar with a gold coin on it) as PNGs
 * in assets/: 16, 32 and 80 px for the ribbon, 64 and 128 px for the
 * manifest's IconUrl and HighResolutionIconUrl. No dependencies: shapes are
 * rasterised with 4×4 supersampling and written with node:zlib.
 *
 *   npm run icons
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";

type Rgb = [number, number, number];

/** A filled shape in unit coordinates (0..1 across the icon). */
interface Shape {
  color: Rgb;
  contains(x: number, y: number): boolean;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number, color: Rgb): Shape {
  return {
    color,
    contains(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
      const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
      return dx * dx + dy * dy <= r * r;
    },
  };
}

function circle(cx: number, cy: number, r: number, color: Rgb): Shape {
  return { color, contains: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r };
}

const GREEN: Rgb = [0x10, 0x7c, 0x41];
const DARK_GREEN: Rgb = [0x0a, 0x4f, 0x29];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const GOLD: Rgb = [0xf2, 0xb7, 0x05];
const DARK_GOLD: Rgb = [0xb2, 0x7c, 0x00];

/** Painted in order; later shapes cover earlier ones. */
const ICON: Shape[] = [
  roundedRect(0.06, 0.12, 0.94, 0.95, 0.12, GREEN), // calendar frame
  roundedRect(0.13, 0.36, 0.87, 0.88, 0.05, WHITE), // calendar page
  roundedRect(0.24, 0.03, 0.36, 0.24, 0.05, DARK_GREEN), // binder rings
  roundedRect(0.64, 0.03, 0.76, 0.24, 0.05, DARK_GREEN),
  circle(0.5, 0.62, 0.21, DARK_GOLD), // coin rim
  circle(0.5, 0.62, 0.16, GOLD), // coin face
  roundedRect(0.46, 0.51, 0.54, 0.73, 0.03, DARK_GOLD), // coin mark
];

const SAMPLES = 4;

function render(size: number): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let color: Rgb | null = null;
          for (const shape of ICON) if (shape.contains(x, y)) color = shape.color;
          if (!color) continue;
          covered++;
          for (let i = 0; i < 3; i++) sum[i] += color[i];
        }
      }
      const o = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(sum[i] / covered);
      rgba[o + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = join(__dirname, "..", "assets");
mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, png(size, render(size)));
  console.log(`wrote ${file}`);
}
