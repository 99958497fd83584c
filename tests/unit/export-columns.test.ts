import { describe, expect, it } from 'vitest';
import { columnShares } from '#server/export/document.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('table column widths', () => {
  const header = ['Waar', 'Wat', 'Eigenaar', 'Datum', 'Status', 'Vastgelegd in / toelichting'];
  const rows = [
    ['Directiebeoordeling en PDCA (NEN 7510)', 'Meldingen per maand in de directiebeoordeling', 'Kwaliteit', '1 december 2027', 'Te doen', ''],
    [
      'Introductie van nieuwe medewerkers',
      'Meldknop in de introductiemap voor nieuwe medewerkers',
      'HR',
      '1 september 2027',
      'Geborgd',
      'Introductiemap 2027, hoofdstuk 3',
    ],
  ];
  const shares = columnShares(header, rows, 90);

  it('shares the whole width, one share per column', () => {
    expect(shares).toHaveLength(6);
    expect(sum(shares)).toBeCloseTo(1, 10);
  });

  it('first gives every column room for its longest word and two characters', () => {
    // "Directiebeoordeling" twice 19, "Kwaliteit" 9, "september" 9, "Geborgd" 7, "Introductiemap" 14.
    [19, 19, 9, 9, 7, 14].forEach((longest, i) => expect(shares[i]! * 90).toBeGreaterThanOrEqual(longest + 2 - 1e-9));
  });

  it('gives what is left to the columns of longer texts', () => {
    expect(shares[1]!).toBeGreaterThan(shares[2]!);
    expect(shares[0]!).toBeGreaterThan(shares[4]!);
  });

  it('narrows the widest columns first when not every longest word fits', () => {
    // Least widths 21, 21, 11, 11, 9 and 16 (89) in 80: the two widest give up 4.5 each.
    const narrow = columnShares(header, rows, 80).map((share) => share * 80);
    expect(narrow[0]!).toBeCloseTo(16.5, 6);
    expect(narrow[1]!).toBeCloseTo(16.5, 6);
    expect(narrow.slice(2)).toEqual([11, 11, 9, 16].map((width) => expect.closeTo(width, 6)));
  });

  it('splits equally when there is nothing to measure, and pads ragged rows', () => {
    expect(columnShares([], [])).toEqual([1]);
    expect(columnShares(['', ''], [])).toEqual([0.5, 0.5]);
    expect(columnShares(['a'], [['a', 'b', 'c']])).toHaveLength(3);
  });
});
