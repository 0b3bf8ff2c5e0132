import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { BUILT_IN_PACK_ID, type ContextPack } from '../packs/pack-format';
import { assemblePack, type PackInfo } from './assemble-pack';
import { BuildError } from './build-error';
import { compileContextIndex } from './compile';
import { CONTEXT_DIR, contentHash, readSources } from './load-sources';
import { parseOverlay } from './overlay';
import type { ContextIndex } from './types';

/** What a pack's editors say of it in pack.json, next to entities.json and articles/. */
const packInfoSchema: z.ZodType<PackInfo> = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
    .max(64)
    .optional(),
  name: z.string().trim().min(1).max(80),
  publisher: z.string().trim().min(1).max(80),
});
export type { PackInfo } from './assemble-pack';
export { packIdOf } from './assemble-pack';

/**
 * A compiled index as a pack file, versioned by sha256 (the built-in pack's version has always been
 * that hash). `created` defaults to the newest article's date, so two builds of the same sources are
 * the same bytes.
 */
export function packFromIndex(index: ContextIndex, rules: ContextPack['rules'], info: PackInfo, created?: string): ContextPack {
  return assemblePack(index, rules, info, { hash: contentHash, ...(created !== undefined ? { created } : {}) });
}

/** Reads and checks DIR/pack.json. */
function readPackInfo(root: string, dir: string): PackInfo {
  const path = join(dir, 'pack.json');
  const file = relative(root, path);
  if (!existsSync(path)) throw new BuildError(file, 'is missing: a pack folder holds pack.json ({"name": …, "publisher": …}), entities.json and articles/');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BuildError(file, `is not valid JSON (${(error as Error).message})`);
  }
  const result = packInfoSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new BuildError(file, `${issue.path.join('.') || 'pack.json'}: ${issue.message}`);
  }
  if (result.data.id === BUILT_IN_PACK_ID) throw new BuildError(file, `id "${BUILT_IN_PACK_ID}" is the built-in pack's`);
  return result.data;
}

/** Compiles a pack folder (pack.json, entities.json, articles/*.md) into a pack. */
export function buildPack(root: string, dir: string, created?: string): ContextPack {
  const info = readPackInfo(root, dir);
  const sources = readSources(root, dir);
  const index = compileContextIndex({ ...sources, version: 'unversioned' });
  const { rules } = parseOverlay(sources.overlay.file, sources.overlay.text);
  return packFromIndex(index, rules, info, created);
}

/** The pack "Built in", from assets/context: what the extension knows before any pack is installed. */
export function builtInPack(root: string, index: ContextIndex): ContextPack {
  const overlay = readSources(root, join(root, CONTEXT_DIR)).overlay;
  const { rules } = parseOverlay(overlay.file, overlay.text);
  return packFromIndex(index, rules, { id: BUILT_IN_PACK_ID, name: 'Built in', publisher: 'Backstory' });
}
