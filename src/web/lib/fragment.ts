/** Reads a value from the URL fragment (#token=…): fragments never reach servers or their logs. */
export function fragmentParam(name: string): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get(name) ?? '';
}
