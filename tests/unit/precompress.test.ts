import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '#build/precompress.js';

const root = mkdtempSync(path.join(tmpdir(), 'wegwijs-precompress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('precompressing the built web app', () => {
  it('writes brotli and gzip twins of text files that decompress to the file, and skips small and binary files', async () => {
    mkdirSync(path.join(root, 'assets'));
    const script = 'export const vragen = ["Deel je wachtwoord nooit."];\n'.repeat(200);
    writeFileSync(path.join(root, 'assets', 'main-AbC123.js'), script);
    writeFileSync(path.join(root, 'index.html'), `<!doctype html><title>Wegwijs</title>${'<p>tekst</p>'.repeat(200)}`);
    writeFileSync(path.join(root, 'assets', 'tiny-1.css'), 'body{margin:0}');
    writeFileSync(path.join(root, 'assets', 'logo-1.png'), Buffer.alloc(4096));

    const report = await precompressDirectory(root);

    const js = path.join(root, 'assets', 'main-AbC123.js');
    expect(brotliDecompressSync(readFileSync(`${js}.br`)).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${js}.gz`)).toString()).toBe(script);
    expect(readFileSync(`${js}.br`).length).toBeLessThan(script.length / 10);
    expect(readdirSync(root).sort()).toEqual(['assets', 'index.html', 'index.html.br', 'index.html.gz']);
    expect(readdirSync(path.join(root, 'assets')).sort()).toEqual(['logo-1.png', 'main-AbC123.js', 'main-AbC123.js.br', 'main-AbC123.js.gz', 'tiny-1.css']);
    expect(report.find((r) => r.file === path.join('assets', 'main-AbC123.js'))).toMatchObject({
      bytes: script.length,
      br: expect.any(Number),
      gz: expect.any(Number),
    });
  });
});
