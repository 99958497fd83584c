// The architecture as lint rules (docs/architecture.md): which layer may import which, modules
// that read through each other's services, web features that do not import each other, and the
// promise mistakes a type checker alone lets through. `npm run lint` runs this and Prettier; CI fails on either.
import { readdirSync } from 'node:fs';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const folders = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

/**
 * The read models: code that exists to read across modules, and so may import another module's
 * repository. Every other module asks the owning module's service (docs/architecture.md, "Read models").
 */
const READ_MODELS = {
  reports: 'the plan of approach and the final report put all six steps of one programme in one document',
  dashboard: 'the board dashboard shows figures of every programme on one page, in a fixed number of queries',
  reminders: 'a system job without a session: finds the meetings and actions due in every organisation',
  retention: 'a system job: removes raw answers past their retention in every module that keeps them',
  transfer: 'exports and imports a whole organisation, every table of every module, in one document',
  setup: 'the demo loader writes a made-up history (backdated rows) that no service would create',
};

const MODULES = './src/server/modules';
const repositoriesOf = (module) =>
  readdirSync(`${MODULES}/${module}`)
    .filter((file) => /(^|\.)repository\.ts$/.test(file))
    .map((file) => `${MODULES}/${module}/${file}`);
const modules = folders(MODULES);
const FEATURES = './src/web/routes';
const features = folders(FEATURES);

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

const boundaries = [
  zone('./src/core', './src', 'src/core is pure domain: it imports nothing of ours outside src/core.', ['./core']),
  zone('./src/content', './src', 'src/content is reference data: it may import only src/core (types) and itself.', ['./core', './content']),
  zone('./src/contract', './src', 'src/contract (the API schemas) imports only src/core and itself.', ['./core', './contract']),
  zone('./src/web', './src/server', 'The web app never imports the server: share through src/core, src/content or src/contract (types only).'),
  zone('./src/server', './src/web', 'The server never imports the web app.'),
  // A module reads another module's data through that module's service, unless it is a read model.
  ...modules
    .filter((module) => !(module in READ_MODELS))
    .flatMap((module) => {
      const others = modules.filter((m) => m !== module).flatMap(repositoriesOf);
      return others.length ? [zone(`${MODULES}/${module}`, others, "Ask the owning module's service, or declare a read model in eslint.config.js.")] : [];
    }),
  // Web features do not import each other; shared parts live in lib, components or queries, and app composes features.
  ...features.map((feature) =>
    zone(
      `${FEATURES}/${feature}`,
      [FEATURES, './src/web/app'],
      'A web feature does not import another feature or the app: move what both need to src/web/lib, components or queries.',
      [`./${feature}`, './NotFoundPage.tsx'],
    ),
  ),
  zone(
    ['./src/web/lib', './src/web/components', './src/web/queries', './src/web/i18n'],
    [FEATURES, './src/web/app'],
    'Shared web code does not import features or the app.',
  ),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.ci/**', 'coverage/**', 'src/server/db/migrations/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      // Across layers through the aliases of package.json "imports" (#core/…, #server/…), not ../../../.
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./){3,}', message: 'Import across layers through an alias: #core/…, #content/…, #contract/…, #server/…, #web/….' }] },
      ],
    },
  },
);
