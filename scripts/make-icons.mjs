// Renders the app icons (PNG) from SVG with Debian's Chromium, so no image
// tool is needed. Run once after changing the design; the PNGs are committed.
// Usage: node scripts/make-icons.mjs
import { launch } from '../tests/e2e/support.mjs';

// The mark: a half-filled circle ("half yes, half no"), on the accent colour.
const mark = (size, inset) => {
  const c = size / 2;
  const r = (size / 2) * (1 - inset) * 0.56;
  const w = Math.max(2, r * 0.28);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
    <rect width="${size}" height="${size}" rx="${inset ? 0 : size * 0.22}" fill="#1f5f5b"/>
    <circle cx="${c}" cy="${c}" r="${r}" fill="none" stroke="#fff" stroke-width="${w}"/>
    <path d="M${c} ${c - r}a${r} ${r} 0 0 1 0 ${2 * r}z" fill="#fff"/></svg>`;
};

const icons = [
  ['public/icon-192.png', 192, 0],
  ['public/icon-512.png', 512, 0],
  // Maskable: full-bleed background, the mark inside the 80% safe zone.
  ['public/icon-maskable-512.png', 512, 0.2],
  ['public/apple-touch-icon.png', 180, 0],
];

const browser = await launch();
const page = await browser.newPage();
for (const [file, size, inset] of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0">${mark(size, inset)}</body>`);
  await page.locator('svg').screenshot({ path: file, omitBackground: true });
  console.log(`wrote ${file}`);
}
await browser.close();
