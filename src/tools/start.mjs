#!/usr/bin/env node
// `npm start`: builds Backstory and shows it working. Opens Chromium with the extension on a demo
// page made from the source article. With a display, the browser stays open for you to hover names;
// without one (a server, CI), it hovers a name itself and saves a screenshot of the card.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from './chromium.mjs';
import { ROOT, startServer } from './local-server.mjs';
import { centerOfText } from './page-text.mjs';

execFileSync(process.execPath, [join(ROOT, 'build.mjs')], { stdio: 'inherit' });
const server = await startServer();
const demo = `${server.origin}/demo/`;
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const browser = await launchWithExtension({ headless });
const page = await browser.context.newPage();
await page.goto(demo);
await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 10_000 });

if (!headless) {
  console.log(`Backstory is running on ${demo}: rest the pointer on a name. Close the browser or press Ctrl-C to stop.`);
  await new Promise((done) => browser.context.on('close', done));
} else {
  const target = await page.evaluate(centerOfText, { needle: 'Gustavo Petro', nth: 1 });
  if (!target) throw new Error('the demo page does not carry the article text');
  await page.mouse.move(target.x, target.y);
  await page.waitForFunction(() => document.querySelector('backstory-card')?.matches(':popover-open'));
  await page.waitForTimeout(300);
  const dir = join(ROOT, 'dist', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'demo-card.png');
  await page.screenshot({ path: file });
  const painted = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
  console.log(`No display: painted ${painted} mentions on the demo page, hovered "Gustavo Petro" and saved the card to ${file}`);
}
await browser.close();
await server.close();
