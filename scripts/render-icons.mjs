/**
 * Renders the web app manifest's PNG icons from app/icon.svg into public/icons/ with Chromium
 * (the PNGs are committed; run this again after changing the SVG):
 *
 *   node scripts/render-icons.mjs
 *
 * icon-192.png and icon-512.png are the SVG as it is (rounded corners, transparent outside);
 * maskable-512.png fills the square with the icon's background colour and keeps the drawing inside
 * the central 80 % circle that any mask shape leaves visible.
 */
import { chromium } from '@playwright/test';
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { provideChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const svg = readFileSync(join(root, 'app', 'icon.svg'), 'utf8');
const background = svg.match(/<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"/)?.[1] ?? '#1e293b';
const targetDir = join(root, 'public', 'icons');

/** [file, size in px, how much of the square the SVG takes, fill the square behind it]. */
const ICONS = [
  ['icon-192.png', 192, 1, false],
  ['icon-512.png', 512, 1, false],
  ['maskable-512.png', 512, 0.7, true],
];

mkdirSync(targetDir, { recursive: true });
const browser = await chromium.launch({ executablePath: await provideChromium() });
try {
  const page = await browser.newPage();
  for (const [file, size, share, isFilled] of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const inner = Math.round(size * share);
    await page.setContent(
      `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${isFilled ? background : 'transparent'}">` +
        `<img style="width:${inner}px;height:${inner}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(targetDir, file), omitBackground: !isFilled });
    console.log(`render-icons: public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
