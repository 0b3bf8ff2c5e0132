import type { SavedProblem } from '../../saved/problems';

/** The name editor's fields a problem can be shown next to. */
export type NameEditorField = 'note' | 'spellings';

/** Where a problem of an edit goes: next to the note, next to the spellings, or above the form. */
export function problemField(problem: SavedProblem): NameEditorField | undefined {
  switch (problem.code) {
    case 'empty':
    case 'too-long':
    case 'no-letters':
      return problem.field === 'note' ? 'note' : problem.field === 'spelling' ? 'spellings' : undefined;
    case 'too-many':
      return problem.what === 'spellings' ? 'spellings' : undefined;
    case 'spelling-taken':
    case 'needs-full-name':
      return 'spellings';
    default:
      return undefined;
  }
}
