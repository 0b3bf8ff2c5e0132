import { describe, expect, it } from 'vitest';
import { PagePoll, QUICK_POLL_MS, QUICK_POLLS, SILENT_POLLS, SLOW_POLL_MS } from './page-poll';

describe('PagePoll', () => {
  it('asks quickly while the page is read, then once a second, and stops when the list is complete', () => {
    const poll = new PagePoll();
    const delays = Array.from({ length: QUICK_POLLS + 2 }, () => poll.next('reading').again);
    expect(delays.slice(0, QUICK_POLLS).every((d) => d === QUICK_POLL_MS)).toBe(true);
    expect(delays.slice(QUICK_POLLS)).toEqual([SLOW_POLL_MS, SLOW_POLL_MS]);
    expect(poll.next('done')).toEqual({ waiting: false, silentTooLong: false });
    // A page that starts reading again (the site turned back on) is asked quickly again.
    expect(poll.next('reading').again).toBe(QUICK_POLL_MS);
  });

  it('gives a silent tab a few asks, then says it needs a reload and stops asking', () => {
    const poll = new PagePoll();
    for (let i = 0; i < SILENT_POLLS; i++) expect(poll.next('silent')).toMatchObject({ waiting: true, silentTooLong: false });
    expect(poll.next('silent')).toEqual({ waiting: true, silentTooLong: true });
    // An answer (the reader reloaded the page) starts over.
    expect(poll.next('reading')).toMatchObject({ waiting: true, silentTooLong: false });
  });

  it('does not ask a page it did not ask', () => {
    expect(new PagePoll().next('not-asked')).toEqual({ waiting: false, silentTooLong: false });
  });
});
