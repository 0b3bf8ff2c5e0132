import type { Translate } from '../../shared/i18n';
import { Marked } from './Marked';
import { splitMarks } from './onboarding-model';

/** The names of the illustration: an entity of the bundled index and one it is related to. */
const PERSON = 'Gustavo Petro';
const OTHER = 'Donald Trump';
const SHORT_NAME = 'Petro';

/**
 * What Backstory does, drawn with HTML and CSS: a sentence of a news page with its names underlined,
 * the pointer resting on one, and the card that opens. Hidden from screen readers, which get the
 * caption instead.
 */
export function Example({ t }: { t: Translate }) {
  const sentence = splitMarks(t('onboardingExampleSentence', PERSON, OTHER), [
    { text: PERSON, kind: 'mention' },
    { text: OTHER, kind: 'mention' },
  ]);
  return (
    <figure class="example">
      <div class="example-page" aria-hidden="true">
        <span class="line line-title" />
        <span class="line" />
        <p class="example-text">
          {sentence.map((part, i) =>
            part.kind !== 'mention' ? (
              part.text
            ) : part.text === PERSON ? (
              <span key={i} class="mention open">
                {part.text}
                <span class="pointer" />
              </span>
            ) : (
              <span key={i} class="mention">
                {part.text}
              </span>
            ),
          )}
        </p>
        <div class="mini-card">
          <p class="mini-name">{PERSON}</p>
          <p class="mini-kind">{t('kindPerson')}</p>
          <p class="mini-role">{t('onboardingExampleRole')}</p>
          <p class="mini-label">{t('cardQuotes')}</p>
          <p class="mini-quote">
            <Marked text={t('onboardingExampleQuote')} marks={[{ text: SHORT_NAME, kind: 'quoted' }]} />
          </p>
        </div>
        <span class="line line-short" />
      </div>
      <figcaption>
        <Marked text={t('onboardingExampleCaption', PERSON)} marks={[{ text: PERSON, kind: 'label' }]} />
      </figcaption>
    </figure>
  );
}
