import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['1', 'true', 'yes'].includes(v)));

/** All configuration comes from the environment (DESIGN.md); `npm start` needs none of it. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  SESSION_SECRET: z.string().min(32).optional(),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the demo organisation: on by default on first start of the embedded database. */
  WEGWIJS_DEMO: flag,
  /** Trust X-Forwarded-* from a reverse proxy (needed for HTTPS detection and client IPs). */
  TRUST_PROXY: flag,
  /** Outgoing mail, e.g. smtp://user:pass@mail.example.nl:587; unset = no e-mail (links and QR codes still work). */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Wegwijs <noreply@wegwijs.invalid>'),
  /** Where the built web app is (`npm run build` writes dist/web). */
  WEB_ROOT: z.string().default('dist/web'),
  /** On SIGTERM: how long /readyz answers 503 before the server stops accepting (behind a load balancer, e.g. 10). */
  SHUTDOWN_DELAY_SECONDS: z.coerce.number().min(0).max(300).default(0),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  sessionSecret?: string;
  publicUrl?: string;
  logLevel: string;
  demo?: boolean;
  trustProxy: boolean;
  mail?: { url: string; from: string };
  /** Where the built web app is; absent in API-only tests. */
  webRoot?: string;
  shutdownDelaySeconds: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv, argv: readonly string[] = []): Config {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const e = EnvSchema.parse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  const demoArg = argv.includes('--demo') ? true : argv.includes('--no-demo') ? false : undefined;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    sessionSecret: e.SESSION_SECRET,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    demo: demoArg ?? e.WEGWIJS_DEMO,
    trustProxy: e.TRUST_PROXY ?? false,
    mail: e.SMTP_URL ? { url: e.SMTP_URL, from: e.MAIL_FROM } : undefined,
    webRoot: path.resolve(e.WEB_ROOT),
    shutdownDelaySeconds: e.SHUTDOWN_DELAY_SECONDS,
  };
}
