import { describe, expect, it } from 'vitest';
import { attachment } from '#server/http/content-disposition.js';

describe('download names after the programme or survey', () => {
  it('joins the kind and a slug of the title', () => {
    expect(attachment('plan-van-aanpak', 'Datalekken sneller melden', 'docx')).toBe(
      `attachment; filename="plan-van-aanpak-datalekken-sneller-melden.docx"; filename*=UTF-8''plan-van-aanpak-datalekken-sneller-melden.docx`,
    );
  });

  it('keeps the plain filename ASCII and the title’s own letters in filename*', () => {
    const header = attachment('eindrapport', 'Hygiëne & privacy (’s nachts)', 'pdf');
    expect(header).toContain('filename="eindrapport-hygiene-privacy-s-nachts.pdf"');
    expect(header).toContain(`filename*=UTF-8''eindrapport-hygi%C3%ABne-privacy-s-nachts.pdf`);
  });

  it('never lets a quote, slash or line break through, and drops an empty title', () => {
    const header = attachment('vragenlijst', '"../x"\r\nSet-Cookie: a=b', 'csv');
    expect(header).toContain('filename="vragenlijst-x-set-cookie-a-b.csv"');
    expect(header).not.toMatch(/[\r\n]|\.\.\//);
    expect(attachment('vragenlijst', '***', 'csv')).toBe(`attachment; filename="vragenlijst.csv"; filename*=UTF-8''vragenlijst.csv`);
  });

  it('cuts a long title short', () => {
    const name = /filename="([^"]+)"/.exec(attachment('eindrapport', 'woord '.repeat(40), 'pdf'))![1]!;
    expect(name.length).toBeLessThanOrEqual('eindrapport-'.length + 60 + '.pdf'.length);
    expect(name).not.toContain('-.pdf');
  });
});

describe('download names of titles with letters beyond the basic plane', () => {
  it('cuts between letters, never inside one, so the header can always be written', () => {
    // "𝐀" (U+1D400) is one letter of two UTF-16 units; at the cut it must stay whole or go.
    const header = attachment('qr', `${'a'.repeat(59)}𝐀𝐁`, 'png');
    expect(header).toContain(`filename*=UTF-8''qr-${'a'.repeat(59)}%F0%9D%90%80.png`);
  });
});
