import { describe, expect, it } from 'vitest';
import { parseSavedReply } from './saved-reply';

describe('parseSavedReply', () => {
  it('keeps a value or a problem, and reads anything else as no answer', () => {
    expect(parseSavedReply({ ok: true, value: [1] })).toEqual({ ok: true, value: [1] });
    expect(parseSavedReply({ ok: false, problem: { code: 'quota' } })).toEqual({ ok: false, problem: { code: 'quota' } });
    expect(parseSavedReply(undefined)).toEqual({ ok: false, problem: { code: 'storage', detail: 'no answer from the background' } });
    expect(parseSavedReply({ ok: false, problem: 'quota' })).toMatchObject({ ok: false, problem: { code: 'storage' } });
  });
});
