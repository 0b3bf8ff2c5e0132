#!/usr/bin/env node
// `npm run screenshots`: the store screenshots (1280×800), taken from the real extension (dist/chrome)
// on the demo article, in English and Spanish, light and dark, plus the article page.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from './chromium.mjs';
import { ROOT, startServer } from './local-server.mjs';
import { centerOfText } from './page-text.mjs';

const OUT = join(ROOT, 'dist/store');
const SIZE = { width: 1280, height: 800 };

/**
 * Rests the pointer on the first occurrence of `text` and waits for its card.
 * @param {import('playwright-core').Page} page
 * @param {string} text
 */
async function hover(page, text) {
  const point = await page.evaluate(centerOfText, { needle: text });
  if (!point) throw new Error(`"${text}" is not on the page`);
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() => document.querySelector('backstory-card')?.matches(':popover-open'));
  await page.waitForTimeout(250);
}

/** @param {{ lang: string, scheme: 'light' | 'dark', url: string, name: string, text?: string }} shot */
async function shoot({ lang, scheme, url, name, text }) {
  const browser = await launchWithExtension({ args: lang === 'es' ? ['--lang=es'] : [], colorScheme: scheme });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize(SIZE);
    await page.goto(url);
    await page.bringToFront();
    await page.waitForFunction(() => CSS.highlights.size > 0);
    if (text) await hover(page, text);
    const file = join(OUT, name);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  } finally {
    await browser.close();
  }
}

execFileSync(process.execPath, [join(ROOT, 'build.mjs')], { stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const server = await startServer();
try {
  await shoot({ lang: 'en', scheme: 'light', url: `${server.origin}/demo/`, name: '1-card-en.png', text: 'Delcy Rodríguez' });
  await shoot({ lang: 'es', scheme: 'light', url: `${server.origin}/fixtures/es-article.html`, name: '2-card-es.png', text: 'glifosato' });
  await shoot({ lang: 'en', scheme: 'dark', url: `${server.origin}/demo/`, name: '3-card-dark.png', text: 'decertification' });
} finally {
  await server.close();
}
