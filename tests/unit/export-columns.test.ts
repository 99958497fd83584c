import { describe, expect, it } from 'vitest';
import { columnShares } from '../../src/server/export/document.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('table column widths', () => {
  const header = ['COM-B-factor', 'Soort', 'Omschrijving', 'Gewicht (1–5)', 'Onderbouwing'];
  const rows = [
    ['Psychologische capaciteit', 'Belemmerend', 'Weet niet waar het meldformulier staat', '5', 'In vijf van de zes interviews, en de vragenlijst laat hetzelfde zien.'],
    ['Bewuste motivatie', 'Bevorderend', 'Wil patiënten beschermen', '4', 'Hoge score in de nulmeting.'],
  ];
  const shares = columnShares(header, rows);

  it('shares the whole width, one share per column', () => {
    expect(shares).toHaveLength(5);
    expect(sum(shares)).toBeCloseTo(1, 10);
  });

  it('gives each column room for its longest word, in proportion', () => {
    // "Psychologische" (14) needs more than "Gewicht" (7) and "(1–5)" (5).
    expect(shares[0]!).toBeGreaterThan(shares[3]!);
    expect(shares[0]! / shares[3]!).toBeGreaterThanOrEqual(14 / 13);
  });

  it('gives columns of long texts more than columns of short ones, but caps what one text may claim', () => {
    expect(shares[4]!).toBeGreaterThan(shares[1]!);
    const long = columnShares(['a', 'b'], [['x'.repeat(5), 'word '.repeat(200)]]);
    expect(long[1]! / long[0]!).toBeLessThanOrEqual(40 / 5);
  });

  it('splits equally when there is nothing to measure, and pads ragged rows', () => {
    expect(columnShares([], [])).toEqual([1]);
    expect(columnShares(['', ''], [])).toEqual([0.5, 0.5]);
    expect(columnShares(['a'], [['a', 'b', 'c']])).toHaveLength(3);
  });
});
