import { describe, expect, it } from 'vitest';
import { parseEvalCases, scoreCase } from './eval-cases';

const FILE = `<!-- a comment -->
## possessive
{{Petro|gustavo-petro}}'s call with {{?Rodríguez|delcy-rodriguez}} and {{!Columbia|colombia}}.

## headline
kind: html
<h1>{{Trump|donald-trump}} calls</h1>
`;

describe('parseEvalCases', () => {
  it('strips the markers and keeps the labels', () => {
    const [possessive, headline] = parseEvalCases('en.md', FILE);
    expect(possessive).toEqual({
      id: 'possessive',
      kind: 'text',
      body: "Petro's call with Rodríguez and Columbia.",
      labels: [
        { surface: 'Petro', entity: 'gustavo-petro', expectation: 'must' },
        { surface: 'Rodríguez', entity: 'delcy-rodriguez', expectation: 'may' },
        { surface: 'Columbia', entity: 'colombia', expectation: 'never' },
      ],
    });
    expect(headline).toMatchObject({ id: 'headline', kind: 'html', body: '<h1>Trump calls</h1>' });
  });

  it('fails on a duplicate id or a broken marker', () => {
    expect(() => parseEvalCases('en.md', '## a\nx\n## a\ny')).toThrow('en.md: case id "a" is used twice');
    expect(() => parseEvalCases('en.md', '## a\n{{Petro gustavo-petro}}')).toThrow('malformed marker');
  });
});

describe('scoreCase', () => {
  const labels = parseEvalCases('en.md', FILE)[0]!.labels;

  it('counts must and may as true positives, anything else as false', () => {
    const score = scoreCase(labels, [
      { surface: 'Petro', entity: 'gustavo-petro' },
      { surface: 'Rodríguez', entity: 'delcy-rodriguez' },
      { surface: 'Columbia', entity: 'colombia' },
    ]);
    expect(score).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 0, unexpected: ['colombia: Columbia'] });
  });

  it('counts a missing must as a false negative, a missing may as nothing', () => {
    expect(scoreCase(labels, [])).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 1, missed: ['gustavo-petro: Petro'] });
  });
});
