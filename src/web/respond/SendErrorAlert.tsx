import { useEffect, useRef } from 'react';
import type { Locale } from '#core/locale.js';

/**
 * Why a staff page's answer or report was refused: the server's message and its messages per field,
 * in the language the server answered in (`lang`, for screen readers), or the network fallback when
 * nothing came back. It takes the focus when a new refusal arrives, so it is heard at once.
 */
export function SendErrorAlert({
  error,
  messages,
  title,
  fallback,
}: {
  error: { message: string | null; locale: Locale } | null;
  messages: string[];
  title: string;
  fallback: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  return (
    <div className="send-error" role="alert" tabIndex={-1} ref={ref}>
      <p className="send-error-title">{title}</p>
      <p lang={error.message ? error.locale : undefined}>{error.message ?? fallback}</p>
      {messages.length > 0 && (
        <ul lang={error.locale}>
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
