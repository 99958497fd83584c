import path from 'node:path';
import { z } from 'zod';
import { SECTORS, type Sector } from '#core/sector.js';
import { DEFAULT_INVITATIONS_PER_DAY_MAX, INVITATIONS_PER_DAY_CEILING } from '#core/survey/invitations.js';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['1', 'true', 'yes'].includes(v)));

/** Which reverse proxies to believe about X-Forwarded-*: none, how many (hops), or their addresses (app.ts passes it to Fastify). */
export type TrustProxy = false | number | string[];

/** An address or CIDR range of a proxy, or one of proxy-addr's names for the reserved ranges. */
const ProxyAddress = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6(), z.enum(['loopback', 'linklocal', 'uniquelocal'])]);

/**
 * The client address is the X-Forwarded-For entry added by the nearest proxy we trust. Trusting
 * every hop (`true`) would take the left-most entry, which the client writes itself, and so let it
 * dodge every per-address limit (OWASP ASVS 4.0.3 V2.2.1): refused, with the fix in the message.
 */
const TrustProxySetting = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx): TrustProxy => {
    if (v === undefined || ['', '0', 'false', 'no'].includes(v)) return false;
    if (['true', 'yes'].includes(v)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'TRUST_PROXY=true would believe any X-Forwarded-For a client sends. Give the number of proxies in front of Wegwijs (usually TRUST_PROXY=1) or their addresses (e.g. TRUST_PROXY=10.0.0.5,10.1.0.0/16).',
      });
      return z.NEVER;
    }
    // A chain of more than a few proxies is a configuration mistake; a huge count would again trust the client's own entry.
    if (/^\d+$/.test(v)) {
      const hops = Number(v);
      if (hops <= 10) return hops;
      ctx.addIssue({ code: 'custom', message: `TRUST_PROXY=${v}: at most 10 proxy hops.` });
      return z.NEVER;
    }
    const proxies = v.split(',').map((p) => p.trim());
    for (const bad of proxies.filter((p) => !ProxyAddress.safeParse(p).success)) {
      ctx.addIssue({ code: 'custom', message: `TRUST_PROXY: '${bad}' is neither a number of hops nor an IP address or CIDR range.` });
    }
    return proxies;
  });

/** How long Wegwijs waits for PostgreSQL (DATABASE_URL); in milliseconds. */
export interface DatabaseTimeouts {
  /** Opening a connection, or waiting for a free one of the pool. */
  connectMs: number;
  /** One statement: the server cancels it after this (statement_timeout). */
  statementMs: number;
  /** An unused pooled connection is closed after this. */
  idleMs: number;
  /** /readyz's round trip: a load balancer should hear "not ready" quickly, not time out itself. */
  pingMs: number;
}

/** Long enough for the largest export or import statement, short enough that a stuck database shows. */
export const DATABASE_TIMEOUT_DEFAULTS: DatabaseTimeouts = { connectMs: 5_000, statementMs: 30_000, idleMs: 10_000, pingMs: 2_000 };

const timeoutSeconds = (defaultMs: number) =>
  z.coerce
    .number()
    .positive()
    .max(3600)
    .default(defaultMs / 1000);

/** All configuration comes from the environment (docs/architecture.md, docs/operations.md); `npm start` needs none of it. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_CONNECT_TIMEOUT_SECONDS: timeoutSeconds(DATABASE_TIMEOUT_DEFAULTS.connectMs),
  DATABASE_STATEMENT_TIMEOUT_SECONDS: timeoutSeconds(DATABASE_TIMEOUT_DEFAULTS.statementMs),
  DATABASE_IDLE_TIMEOUT_SECONDS: timeoutSeconds(DATABASE_TIMEOUT_DEFAULTS.idleMs),
  READYZ_TIMEOUT_SECONDS: timeoutSeconds(DATABASE_TIMEOUT_DEFAULTS.pingMs),
  DATA_DIR: z.string().default('./data'),
  SESSION_SECRET: z.string().min(32).optional(),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the demo organisation: on by default on first start of the embedded database. */
  WEGWIJS_DEMO: flag,
  /** The demo organisation's sector (src/core/sector.ts), which picks its word for whom it cares for; hospital when unset. */
  WEGWIJS_DEMO_SECTOR: z.enum(SECTORS).optional(),
  /** Which reverse proxies to believe about X-Forwarded-* (client address, HTTPS): a hop count or addresses. */
  TRUST_PROXY: TrustProxySetting,
  /** Outgoing mail, e.g. smtp://user:pass@mail.example.nl:587; unset = no e-mail (links and QR codes still work). */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Wegwijs <noreply@wegwijs.invalid>'),
  /** The most survey invitation mails an admin may allow their organisation a day (anti-phishing, core/survey/invitations.ts). */
  SURVEY_INVITATIONS_PER_DAY_MAX: z.coerce.number().int().min(0).max(INVITATIONS_PER_DAY_CEILING).default(DEFAULT_INVITATIONS_PER_DAY_MAX),
  /**
   * Identity providers single sign-on may reach although on plain http or a private address (an
   * internal IdP): comma-separated origins. Others must be https on a public address (anti-SSRF).
   */
  SSO_ALLOW_PRIVATE_ISSUERS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((o) => new URL(o).origin))),
  /** Where the built web app is (`npm run build` writes dist/web). */
  WEB_ROOT: z.string().default('dist/web'),
  /** On SIGTERM: how long /readyz answers 503 before the server stops accepting (behind a load balancer, e.g. 10). */
  SHUTDOWN_DELAY_SECONDS: z.coerce.number().min(0).max(300).default(0),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  databaseTimeouts: DatabaseTimeouts;
  dataDir: string;
  sessionSecret?: string;
  publicUrl?: string;
  logLevel: string;
  demo?: boolean;
  demoSector?: Sector;
  trustProxy: TrustProxy;
  mail?: { url: string; from: string };
  surveyInvitationsPerDayMax: number;
  /** Origins of identity providers allowed on plain http or a private address. */
  ssoAllowPrivateIssuers: string[];
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
    databaseTimeouts: {
      connectMs: Math.round(e.DATABASE_CONNECT_TIMEOUT_SECONDS * 1000),
      statementMs: Math.round(e.DATABASE_STATEMENT_TIMEOUT_SECONDS * 1000),
      idleMs: Math.round(e.DATABASE_IDLE_TIMEOUT_SECONDS * 1000),
      pingMs: Math.round(e.READYZ_TIMEOUT_SECONDS * 1000),
    },
    dataDir: path.resolve(e.DATA_DIR),
    sessionSecret: e.SESSION_SECRET,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    demo: demoArg ?? e.WEGWIJS_DEMO,
    demoSector: e.WEGWIJS_DEMO_SECTOR,
    trustProxy: e.TRUST_PROXY,
    mail: e.SMTP_URL ? { url: e.SMTP_URL, from: e.MAIL_FROM } : undefined,
    surveyInvitationsPerDayMax: e.SURVEY_INVITATIONS_PER_DAY_MAX,
    ssoAllowPrivateIssuers: e.SSO_ALLOW_PRIVATE_ISSUERS,
    webRoot: path.resolve(e.WEB_ROOT),
    shutdownDelaySeconds: e.SHUTDOWN_DELAY_SECONDS,
  };
}
