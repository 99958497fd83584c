import type { Plugin, Rollup } from 'vite';

/**
 * Writes login.html: index.html with the login page's code, texts and styles preloaded. The login
 * page loads on demand, so the pages behind the login do not carry it (issue 18, weight); opened
 * by its address, it would then wait for the app's code before asking for its own, a round trip
 * more on a phone. The server sends login.html for /login (src/server/plugins/web-app.ts), so the
 * browser asks for both at once.
 * `modules` are the absolute paths of the modules to preload, each with all it imports.
 */
export function loginPageHtml(modules: string[]): Plugin {
  return {
    name: 'wegwijs-login-html',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return;
        const html = String(index.source);
        const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const add = (chunk: Rollup.OutputChunk) => {
          if (scripts.has(chunk.fileName)) return;
          scripts.add(chunk.fileName);
          chunk.viteMetadata?.importedCss.forEach((file) => styles.add(file));
          chunk.imports.forEach((file) => add(chunks.get(file)!));
        };
        for (const module of modules) {
          const chunk = [...chunks.values()].find((c) => c.facadeModuleId === module);
          if (!chunk) this.error(`login.html: no chunk of its own for ${module}`);
          add(chunk);
        }
        const missing = (file: string) => !html.includes(`/${file}"`);
        const links = [
          ...[...scripts].filter(missing).map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
          ...[...styles].filter(missing).map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
        ];
        this.emitFile({ type: 'asset', fileName: 'login.html', source: html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) });
      },
    },
  };
}
