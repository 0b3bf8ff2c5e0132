import { describe, expect, it } from 'vitest';
import { parseArticle } from './article';

const GOOD = `---
title: Trump invites Petro to White House after phone call
date: 2026-01-07
source: Wire report
language: en
summary: "A summary: with a colon."
---
First paragraph. Second sentence.

Second paragraph.
`;

describe('parseArticle', () => {
  it('reads the front matter and one paragraph per non-empty line', () => {
    const article = parseArticle('assets/context/articles/2026-01-07-call.md', GOOD);
    expect(article).toMatchObject({
      id: '2026-01-07-call',
      title: 'Trump invites Petro to White House after phone call',
      date: '2026-01-07',
      language: 'en',
      summary: 'A summary: with a colon.',
      paragraphs: ['First paragraph. Second sentence.', 'Second paragraph.'],
    });
  });

  it.each([
    ['no front matter', 'Just text', /must start with a front matter/],
    ['unclosed front matter', '---\ntitle: x\n', /not closed/],
    ['a missing field', GOOD.replace('source: Wire report\n', ''), /missing "source"/],
    ['an unknown key', GOOD.replace('language: en', 'language: en\nauthor: X'), /unknown front matter key "author"/],
    ['a bad date', GOOD.replace('2026-01-07', '2026-13-45'), /date "2026-13-45" is not a valid/],
    ['a bad language', GOOD.replace('language: en', 'language: English'), /language "English"/],
    ['no body', GOOD.split('---\n').slice(0, 2).join('---\n') + '---\n', /no body/],
    ['a day the month does not have', GOOD.replace('2026-01-07', '2026-02-30'), /date "2026-02-30" is not a valid/],
    ['an address that is not a web page', GOOD.replace('language: en', 'language: en\nurl: javascript:alert(1)'), /url "javascript:alert\(1\)" is not an http/],
  ])('fails on %s, naming the file', (_, text, problem) => {
    expect(() => parseArticle('assets/context/articles/bad.md', text)).toThrow(problem);
    expect(() => parseArticle('assets/context/articles/bad.md', text)).toThrow(/^assets\/context\/articles\/bad\.md: /);
  });

  it('fails when the file name and the front matter give different dates', () => {
    expect(() => parseArticle('assets/context/articles/2025-12-01-call.md', GOOD)).toThrow(/the file name says 2025-12-01, the front matter says 2026-01-07/);
  });
});
