import { describe, expect, it } from 'vitest';
import type { SavedProblem } from '../../saved/problems';
import { problemField } from './editor-field';

describe('problemField', () => {
  it.each<[SavedProblem, ReturnType<typeof problemField>]>([
    [{ code: 'too-long', field: 'note', length: 240, limit: 200 }, 'note'],
    [{ code: 'empty', field: 'note' }, 'note'],
    [{ code: 'too-long', field: 'spelling', length: 90, limit: 80 }, 'spellings'],
    [{ code: 'no-letters', field: 'spelling', text: '!!' }, 'spellings'],
    [{ code: 'too-many', what: 'spellings', limit: 20 }, 'spellings'],
    [{ code: 'spelling-taken', spelling: 'Duque', by: 'Iván Duque' }, 'spellings'],
    [{ code: 'needs-full-name', name: 'Duque' }, 'spellings'],
    [{ code: 'too-many', what: 'names', limit: 500 }, undefined],
    [{ code: 'quota' }, undefined],
  ])('puts %j next to %s', (problem, field) => {
    expect(problemField(problem)).toBe(field);
  });
});
