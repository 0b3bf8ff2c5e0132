import { useState } from 'preact/hooks';
import type { Quote, TimelineEntry } from '../packs/card-timeline';
import type { Translate } from '../shared/i18n';
import { formatDate } from './format-date';

/** Articles shown before "n more articles". */
export const ARTICLES_SHOWN = 2;

export interface CardTimelineProps {
  timeline: TimelineEntry[];
  t: Translate;
  /** The UI language: dates, and which quotes say they are in another language. */
  language: string;
  onReadArticle: (entry: TimelineEntry, sentence: number) => void;
}

/** The name of `code` in the reader's language ("Spanish", "inglés"), or the code itself. */
function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The background as a short timeline: one block per article, newest first, its best sentences. */
export function CardTimeline({ timeline, t, language, onReadArticle }: CardTimelineProps) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? timeline : timeline.slice(0, ARTICLES_SHOWN);
  const hidden = timeline.length - shown.length;
  return (
    <>
      <ol class="timeline">
        {shown.map((entry) => (
          <li key={`${entry.pack}:${entry.article}`} class="entry" lang={entry.language}>
            <p class="entry-source" lang={language}>
              <span class="entry-date">{formatDate(entry.date, language)}</span> · <span lang={entry.language}>{entry.source}</span>
              {entry.language !== language && <span class="entry-language"> · {t('cardInLanguage', languageName(entry.language, language))}</span>}
            </p>
            <ul class="quotes">
              {entry.quotes.map((q) => (
                <QuoteLine key={q.sentence} quote={q} />
              ))}
            </ul>
            <button type="button" class="link entry-read" lang={language} aria-label={`${t('cardReadArticle')}: ${entry.title}`} onClick={() => onReadArticle(entry, entry.quotes[0]?.sentence ?? 0)}>
              <cite lang={entry.language}>{entry.title}</cite> <span aria-hidden="true">→</span>
            </button>
          </li>
        ))}
      </ol>
      {timeline.length > ARTICLES_SHOWN && (
        <button type="button" class="link more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('cardFewerArticles') : hidden === 1 ? t('cardMoreArticlesOne') : t('cardMoreArticles', String(hidden))}
        </button>
      )}
    </>
  );
}

function QuoteLine({ quote }: { quote: Quote }) {
  return (
    <li>
      {quote.before && <span class="before">{quote.before} </span>}
      {quote.about && <span class="about">[{quote.about}] </span>}
      {quote.parts.map((p, i) => (p.mention ? <mark key={i}>{p.text}</mark> : p.text))}
    </li>
  );
}
