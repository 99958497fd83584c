/**
 * Where to go after the login: the page the browser was sent away from (its path, query and
 * fragment), if it is a page of this app. Only this app writes that history state, but a path
 * that starts with // or /\ would be read as another site's address.
 */
export const returnAddress = (from: unknown): string => (typeof from === 'string' && /^\/(?![/\\])/.test(from) ? from : '/');
