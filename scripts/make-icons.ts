/**
 * Draws the add-in's icons as PNGs in assets/. The add-in's own (a green
 * calendar with a gold coin on it): 16, 32 and 80 px for the ribbon group,
 * 64 and 128 px for the manifest's IconUrl and HighResolutionIconUrl. One
 * per ribbon button, at 16, 32 and 80 px, each telling its action apart at
 * a glance: Check now (a white tick on a green disc), Clear highlights (an
 * eraser over a coloured line), Open pane (a window with a green side
 * pane). No dependencies: shapes are rasterised with 4×4 supersampling and
 * written with node:zlib.
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

/** A line through the points, `width` thick, with round ends and joints. */
function stroke(points: [number, number][], width: number, color: Rgb): Shape {
  const near = (x: number, y: number, [ax, ay]: [number, number], [bx, by]: [number, number]): boolean => {
    const [dx, dy] = [bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2;
  };
  return { color, contains: (x, y) => points.slice(1).some((p, i) => near(x, y, points[i], p)) };
}

/** A rectangle `length` × `thickness` centred on (cx, cy), turned by `degrees`; `from`..`to` keeps a slice of its length (0..1). */
function turnedRect(
  cx: number,
  cy: number,
  length: number,
  thickness: number,
  degrees: number,
  color: Rgb,
  from = 0,
  to = 1,
): Shape {
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  return {
    color,
    contains(x, y) {
      const along = (x - cx) * cos + (y - cy) * sin;
      const across = -(x - cx) * sin + (y - cy) * cos;
      return along >= length * (from - 0.5) && along <= length * (to - 0.5) && Math.abs(across) <= thickness / 2;
    },
  };
}

const GREEN: Rgb = [0x10, 0x7c, 0x41];
const DARK_GREEN: Rgb = [0x0a, 0x4f, 0x29];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const GOLD: Rgb = [0xf2, 0xb7, 0x05];
const DARK_GOLD: Rgb = [0xb2, 0x7c, 0x00];
const SLATE: Rgb = [0x3b, 0x4a, 0x5a];
const GREY: Rgb = [0xa6, 0xb0, 0xba];
const ROSE: Rgb = [0xe0, 0x4f, 0x6a];
const HIGHLIGHT: Rgb = [0xff, 0xd9, 0x66];

/** The add-in's icon. Painted in order; later shapes cover earlier ones. */
const APP: Shape[] = [
  roundedRect(0.06, 0.12, 0.94, 0.95, 0.12, GREEN), // calendar frame
  roundedRect(0.13, 0.36, 0.87, 0.88, 0.05, WHITE), // calendar page
  roundedRect(0.24, 0.03, 0.36, 0.24, 0.05, DARK_GREEN), // binder rings
  roundedRect(0.64, 0.03, 0.76, 0.24, 0.05, DARK_GREEN),
  circle(0.5, 0.62, 0.21, DARK_GOLD), // coin rim
  circle(0.5, 0.62, 0.16, GOLD), // coin face
  roundedRect(0.46, 0.51, 0.54, 0.73, 0.03, DARK_GOLD), // coin mark
];

/** Check now: a white tick on a green disc. */
const CHECK: Shape[] = [
  circle(0.5, 0.5, 0.46, GREEN),
  stroke(
    [
      [0.27, 0.52],
      [0.43, 0.68],
      [0.74, 0.35],
    ],
    0.13,
    WHITE,
  ),
];

/** Clear highlights: an eraser, rose tip down, wiping a yellow highlighted line. */
const CLEAR: Shape[] = [
  roundedRect(0.36, 0.76, 0.96, 0.94, 0.04, HIGHLIGHT), // the highlighted line, wiped up to the tip
  turnedRect(0.55, 0.45, 0.76, 0.42, -45, SLATE), // outline
  turnedRect(0.55, 0.45, 0.68, 0.32, -45, WHITE, 0.42, 0.97), // sleeve
  turnedRect(0.55, 0.45, 0.68, 0.32, -45, ROSE, 0.03, 0.4), // rubber tip
];

/** Open pane: a window with a grid of rows at the left and a green pane at the right. */
const PANE: Shape[] = [
  roundedRect(0.04, 0.1, 0.96, 0.9, 0.08, SLATE), // frame and title bar
  roundedRect(0.1, 0.25, 0.9, 0.84, 0.02, WHITE), // window body
  roundedRect(0.58, 0.25, 0.9, 0.84, 0.02, GREEN), // the task pane
  roundedRect(0.16, 0.34, 0.5, 0.42, 0.01, GREY), // sheet rows
  roundedRect(0.16, 0.5, 0.5, 0.58, 0.01, GREY),
  roundedRect(0.16, 0.66, 0.5, 0.74, 0.01, GREY),
  roundedRect(0.64, 0.34, 0.84, 0.4, 0.01, WHITE), // pane's lines
  roundedRect(0.64, 0.48, 0.8, 0.54, 0.01, WHITE),
];

const RIBBON_SIZES = [16, 32, 80];

/** File prefix in assets/ -> shapes and sizes. */
const ICONS: Record<string, { shapes: Shape[]; sizes: number[] }> = {
  icon: { shapes: APP, sizes: [16, 32, 64, 80, 128] },
  "check-now": { shapes: CHECK, sizes: RIBBON_SIZES },
  "clear-highlights": { shapes: CLEAR, sizes: RIBBON_SIZES },
  "open-pane": { shapes: PANE, sizes: RIBBON_SIZES },
};

const SAMPLES = 4;

function render(shapes: Shape[], size: number): Buffer {
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
          for (const shape of shapes) if (shape.contains(x, y)) color = shape.color;
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
for (const [name, { shapes, sizes }] of Object.entries(ICONS)) {
  for (const size of sizes) {
    const file = join(outDir, `${name}-${size}.png`);
    writeFileSync(file, png(size, render(shapes, size)));
    console.log(`wrote ${file}`);
  }
}
