import type { PackMeta } from './pack-format';
import type { PageIndexWire } from './page-index';
import type { PackProblem } from './read-pack';
import type { StoreProblem } from './pack-store';

/** The options page asks the pack worker (pack-worker.js) to… */
export type WorkerRequest =
  /** …read, check and install a pack file, then compile the page index. */
  | { type: 'install'; file: Blob; bytes: number }
  /** …compile the page index of the packs enabled now (after a switch, a move, a removal). */
  | { type: 'publish' };

export type InstallPhase = 'reading' | 'checking' | 'writing' | 'compiling';

/** What the worker answers: progress while it works, then one final message. */
export type WorkerReply =
  | { type: 'progress'; phase: InstallPhase; done: number; total: number }
  | { type: 'installed'; meta: PackMeta; pageIndex: PageIndexWire | null }
  | { type: 'published'; pageIndex: PageIndexWire | null }
  /** The file is a "Saved by you" export: not installed, the page imports it into the saved material. */
  | { type: 'saved-pack' }
  | { type: 'failed'; problem: PackProblem | StoreProblem };
