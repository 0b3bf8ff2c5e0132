/**
 * `npm run scan -- FILE.html …`: every match in saved pages, with its context, and per-entity counts.
 * The index editor's check for precision: read the list, and any wrong line is a rule or a
 * confusable to add to assets/context/entities.json.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ContextIndex } from '../index/types';
import { buildContextIndex } from '../index/load-sources';
import { indexMatcher, scanHtml } from './document-scan';

export async function main(files: string[]): Promise<void> {
  if (files.length === 0) {
    console.error('usage: npm run scan -- FILE.html [FILE.html …]');
    process.exitCode = 2;
    return;
  }
  const index: ContextIndex = buildContextIndex(process.cwd());
  const matcher = indexMatcher(index);
  const totals = new Map<string, number>();
  for (const file of files) {
    const mentions = scanHtml(readFileSync(file, 'utf8'), matcher);
    console.log(`\n== ${basename(file)}: ${mentions.length} mention(s)`);
    const counts = new Map<string, number>();
    for (const m of mentions) {
      const id = index.entities[m.entity]!.id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      console.log(`  ${id.padEnd(28)} ${JSON.stringify(m.surface).padEnd(22)} ${m.context}`);
    }
    for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1])) {
      console.log(`  = ${id}: ${n}`);
      totals.set(id, (totals.get(id) ?? 0) + n);
    }
  }
  if (files.length > 1) {
    console.log(`\n== all ${files.length} files`);
    for (const [id, n] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(28)} ${n}`);
  }
}
