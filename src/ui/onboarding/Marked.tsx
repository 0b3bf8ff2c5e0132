import { splitMarks, type Mark } from './onboarding-model';

/**
 * A translated sentence with the texts substituted into it set apart: UI labels in bold, addresses
 * and manifest keys as code, names underlined as Backstory underlines them on a page.
 */
export function Marked({ text, marks }: { text: string; marks: readonly Mark[] }) {
  return (
    <>
      {splitMarks(text, marks).map((part, i) => {
        switch (part.kind) {
          case 'label':
            return (
              <strong key={i} class="ui-label">
                {part.text}
              </strong>
            );
          case 'code':
            return (
              <code key={i} translate={false}>
                {part.text}
              </code>
            );
          case 'mention':
            return (
              <span key={i} class="mention">
                {part.text}
              </span>
            );
          case 'quoted':
            return <mark key={i}>{part.text}</mark>;
          default:
            return part.text;
        }
      })}
    </>
  );
}
