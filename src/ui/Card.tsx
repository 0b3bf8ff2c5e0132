import type { CardModel } from './card-model';

export interface CardProps {
  model: CardModel;
  /** Present when the reader came from another card: goes back to it. */
  onBack?: () => void;
  onSelectRelated: (id: string) => void;
  onClose: () => void;
}

const KIND_LABELS: Record<CardModel['kind'], string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  term: 'Term',
  event: 'Event',
};

/** Formats an ISO date (YYYY-MM-DD) in the reader's locale without a time-zone shift. */
function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** The context card: who or what the entity is, and what its source article says about it. */
export function Card({ model, onBack, onSelectRelated, onClose }: CardProps) {
  const titleId = `backstory-card-title-${model.id}`;
  return (
    <section class="card" role="dialog" aria-labelledby={titleId}>
      <header class="head">
        {onBack && (
          <button type="button" class="icon" onClick={onBack} aria-label="Back">
            ←
          </button>
        )}
        <div class="heading">
          <h2 id={titleId} class="name">
            {model.name}
          </h2>
          <p class="kind">{KIND_LABELS[model.kind]}</p>
        </div>
        <button type="button" class="icon" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <p class="role">{model.role}</p>
      <ul class="quotes" aria-label="From the article">
        {model.quotes.map((q) => (
          <li key={q.sentence} lang={model.source.language}>
            {q.parts.map((p, i) => (p.mention ? <mark key={i}>{p.text}</mark> : p.text))}
          </li>
        ))}
      </ul>
      {model.related.length > 0 && (
        <nav class="related" aria-label="Related">
          {model.related.map((r) => (
            <button type="button" key={r.id} onClick={() => onSelectRelated(r.id)}>
              {r.name}
            </button>
          ))}
        </nav>
      )}
      <footer class="source">
        Context as of {formatDate(model.source.date, 'en')}: <cite>{model.source.title}</cite> ({model.source.source})
      </footer>
    </section>
  );
}
