import { useEffect, useRef, type ReactNode } from 'react';

/** A whole-page message (closed, wrong link); its heading takes focus when `focus` is set. */
export function Notice({ title, level, focus = false, children }: { title: string; level: 1 | 2; focus?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section className="notice">
      <Heading ref={ref} tabIndex={focus ? -1 : undefined} className="notice-title">
        {title}
      </Heading>
      {children}
    </section>
  );
}
