import { Worker } from 'node:worker_threads';
import { errorCodes } from 'fastify';
import type { FastifyRouteSchemaDef } from 'fastify/types/schema.js';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SCENARIO_CATALOGUE } from '#content/knowledge-scenarios.js';
import { organisationDocument } from '#core/export/document.js';
import { AppError } from '../../errors.js';
import { Email, Password, PersonName } from '../../http/schemas.js';
import { MAX_JSON_DEPTH, nestedTooDeep } from '../../plugins/json-body.js';
// The messages of failed checks, also when this runs in a worker.
import '../../i18n/validation.js';

/** What an import sends; the set-up token travels in a header, checked before this is read. */
export const ImportBody = z.object({ name: PersonName, email: Email, password: Password, document: organisationDocument(SCENARIO_CATALOGUE) }).strict();
export type ImportBody = z.infer<typeof ImportBody>;

/**
 * Above this size the body is parsed and checked in a worker thread: JSON.parse and the schema
 * checks of a 32 MB export held the event loop for 2.4 s (a busy 2-core machine), during which the
 * server answered nobody; in a worker the longest pause was 0.17 s, taking the checked document
 * back. Below it, starting a worker (about a second) costs more than the pause it saves.
 */
export const PARSE_IN_WORKER_ABOVE = 1024 * 1024;

type Issue = Record<string | symbol, unknown>;
/** The body, or why it is refused; plain data, so it crosses from a worker unchanged. */
export type CheckedBody = { body: ImportBody } | { malformed: true } | { tooDeep: string } | { issues: Issue[] };

const validate = validatorCompiler({
  schema: ImportBody,
  method: 'POST',
  url: '/api/organisation/import',
  httpPart: 'body',
} as FastifyRouteSchemaDef<z.ZodType>);

/** Keys that Fastify's own JSON parser refuses too (prototype poisoning); the slower, exact check runs only when the text may hold one. */
const MAYBE_POISONED = /__proto__|constructor|\\u00/;
const refusePoison = (key: string, value: unknown) => {
  if (key === '__proto__' || (key === 'constructor' && typeof value === 'object' && value !== null && Object.hasOwn(value, 'prototype')))
    throw new SyntaxError('forbidden key');
  return value;
};

/** Parses and checks an import body as the route would (JSON, then ImportBody). */
export function checkImportBody(bytes: Uint8Array): CheckedBody {
  let value: unknown;
  try {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    value = MAYBE_POISONED.test(text) ? JSON.parse(text, refusePoison) : JSON.parse(text);
  } catch {
    return { malformed: true };
  }
  // Deeper than the recursive schema checks below can follow (see plugins/json-body.ts).
  const tooDeep = nestedTooDeep(value);
  if (tooDeep !== undefined) return { tooDeep };
  const result = validate(value) as { value?: ImportBody; error?: Issue[] };
  return result.error ? { issues: result.error } : { body: result.value! };
}

/**
 * The worker's code: run from the TypeScript sources (tsx, the tests) it loads tsx first; run from
 * the build (src/build/server.ts) its own bundle lies beside the server's.
 */
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER = new URL(FROM_SOURCES ? './import-body.worker.ts' : './import-body.worker.js', import.meta.url).href;
const workerSource = () =>
  FROM_SOURCES
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`
    : `import(${JSON.stringify(WORKER)})`;

/** checkImportBody in a worker thread of its own. */
function checkInWorker(bytes: Uint8Array): Promise<CheckedBody> {
  const worker = new Worker(workerSource(), { eval: true, workerData: bytes });
  return new Promise<CheckedBody>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`import worker stopped (${code})`)));
  }).finally(() => void worker.terminate());
}

/** Bodies that readImportBody has checked already (a large one in a worker), so the route does not check them again. */
const checkedBodies = new WeakSet<object>();

/** The checked body, or the error the error handler turns into 400 malformedJson or 400 validation naming each field. */
export async function readImportBody(bytes: Uint8Array): Promise<ImportBody> {
  const checked = bytes.byteLength > PARSE_IN_WORKER_ABOVE ? await checkInWorker(bytes) : checkImportBody(bytes);
  if ('body' in checked) {
    checkedBodies.add(checked.body);
    return checked.body;
  }
  if ('malformed' in checked) throw new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY();
  if ('tooDeep' in checked) throw new AppError(400, 'nestedTooDeep', checked.tooDeep || 'body', { max: MAX_JSON_DEPTH });
  // The mark by which the error handler knows a schema failure does not cross from a worker: set again.
  const validation = checked.issues.map((issue) => ({ ...issue, [Symbol.for('ZodFastifySchemaValidationError')]: true }));
  throw Object.assign(new Error('validation'), { statusCode: 400, validation, validationContext: 'body' });
}

/** The route's validator: a body that readImportBody returned passes as it is; anything else (no body at all) is checked here. */
export const validateImportBody = (value: unknown) => (typeof value === 'object' && value !== null && checkedBodies.has(value) ? { value } : validate(value));
