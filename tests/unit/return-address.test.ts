import { describe, expect, it } from 'vitest';
import { returnAddress } from '#web/lib/return-address.js';

describe('the page to open after the login', () => {
  it('is the page the browser came from, with its query and fragment', () => {
    expect(returnAddress('/breaches/1234?x=1#history')).toBe('/breaches/1234?x=1#history');
    expect(returnAddress('/settings#ap-details-title')).toBe('/settings#ap-details-title');
  });

  it('is the start page for anything that is not a path of this app', () => {
    for (const from of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '',
      'programmes',
      undefined,
      null,
      42,
      { from: '/x' },
    ]) {
      expect(returnAddress(from), String(from)).toBe('/');
    }
  });
});
