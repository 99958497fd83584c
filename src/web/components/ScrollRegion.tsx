import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * A wide table that may scroll sideways on a narrow screen, named after its section's heading.
 * While it scrolls, the region takes keyboard focus, so people without a mouse can scroll it too
 * (WCAG 2.1.1); when the table fits, it is no extra tab stop.
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(ref);
  return (
    // Relative: a visually hidden label in the table (absolutely positioned) stays inside the region
    // instead of widening the whole page on a phone.
    <div ref={ref} role="region" tabIndex={scrolls ? 0 : undefined} aria-labelledby={labelledBy} style={{ overflowX: 'auto', position: 'relative' }}>
      {children}
    </div>
  );
}

/** Whether the element's content is wider than the element, kept up to date as either resizes. */
function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  // Focusable until measured: better one tab stop too many than a table the keyboard cannot reach.
  const [scrolls, setScrolls] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}
