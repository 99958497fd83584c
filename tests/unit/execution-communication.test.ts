import { describe, expect, it } from 'vitest';
import { CommunicationInput, SUGGESTED_CHANNELS, sortCommunication } from '#core/execution/communication.js';

const valid = {
  audience: 'Verpleegkundigen afdeling B',
  message: 'Vanaf maart staat de meldknop in Outlook.',
  channel: 'Teamoverleg',
  planned: '2027-03-01',
  ownerName: 'Teammanager',
  status: 'planned',
};

describe('CommunicationInput', () => {
  it('accepts an item, also without a day or an owner, and trims text', () => {
    expect(CommunicationInput.safeParse(valid).success).toBe(true);
    expect(CommunicationInput.safeParse({ ...valid, planned: null, ownerName: '', status: 'done' }).success).toBe(true);
    expect(CommunicationInput.parse({ ...valid, channel: '  Intranet ' }).channel).toBe('Intranet');
  });

  it('accepts a channel of the team’s own next to the suggestions', () => {
    expect(CommunicationInput.safeParse({ ...valid, channel: 'Lift-tv in hal A' }).success).toBe(true);
  });

  it.each([
    ['blank audience', { audience: '  ' }],
    ['empty message', { message: '' }],
    ['message too long', { message: 'x'.repeat(4_001) }],
    ['NUL in the message', { message: 'a\u0000b' }],
    ['blank channel', { channel: ' ' }],
    ['channel too long', { channel: 'x'.repeat(301) }],
    ['impossible day', { planned: '2027-02-30' }],
    ['missing day', { planned: undefined }],
    ['unknown status', { status: 'sent' }],
    ['owner that is not text', { ownerName: null }],
    ['extra key', { organisationId: 'x' }],
  ])('refuses %s', (_, over) => {
    expect(CommunicationInput.safeParse({ ...valid, ...over }).success).toBe(false);
  });
});

describe('SUGGESTED_CHANNELS', () => {
  it('offers the channels the method names, each once', () => {
    expect(SUGGESTED_CHANNELS).toEqual(expect.arrayContaining(['teamMeeting', 'intranet', 'screenSaver', 'huddle']));
    expect(new Set(SUGGESTED_CHANNELS).size).toBe(SUGGESTED_CHANNELS.length);
  });
});

describe('sortCommunication', () => {
  it('orders by planned day, undated last, then by audience', () => {
    const items = [
      { id: 'none-b', audience: 'b', planned: null },
      { id: 'late', audience: 'a', planned: '2027-04-01' },
      { id: 'none-a', audience: 'A', planned: null },
      { id: 'early-z', audience: 'z', planned: '2027-03-01' },
      { id: 'early-c', audience: 'c', planned: '2027-03-01' },
    ];
    expect(sortCommunication(items).map((i) => i.id)).toEqual(['early-c', 'early-z', 'late', 'none-a', 'none-b']);
    expect(items[0]!.id).toBe('none-b');
  });
});
