import { useEffect, useRef, type MouseEvent } from 'react';

export interface SummaryItem {
  /** The element to focus: the input, or a group's first choice. */
  target: string;
  label: string;
  /** What is wrong, after the label; without it the label says it. */
  message?: string;
}

/** The list of what still needs attention; takes focus whenever a new attempt shows it. */
export function ErrorSummary({ title, intro, items, attempt }: { title: string; intro: string; items: SummaryItem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
    // Focus moves on each attempt, not on every keystroke that changes the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (items.length === 0) return null;
  const goTo = (event: MouseEvent<HTMLAnchorElement>, target: string) => {
    event.preventDefault();
    const element = document.getElementById(target);
    element?.focus({ preventScroll: true });
    (element?.closest('.field, .question') ?? element)?.scrollIntoView({ block: 'start' });
  };
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary-title">
        {title}
      </h2>
      <p>{intro}</p>
      <ul>
        {items.map((item) => (
          <li key={item.target}>
            <a href={`#${item.target}`} onClick={(e) => goTo(e, item.target)}>
              {item.message ? `${item.label}: ${item.message}` : item.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
