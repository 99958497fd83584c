import { useEffect } from 'react';
import { useLocationProperty } from 'wouter/use-browser-location';

/**
 * Brings the element the URL fragment names (/settings#ap-details-title) into view once the page
 * has drawn it (`ready`), so a link from another page lands on the section it promises.
 */
export function useScrollToFragment(ready: boolean) {
  const hash = useLocationProperty(() => location.hash);
  useEffect(() => {
    if (ready && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
}
