import { z } from 'zod';
import { ROLES } from '#core/roles.js';
import { type Json } from './common.js';

/** Whether the installation still waits for its first organisation. */
export const SetupStatus = z.object({ needsSetup: z.boolean() });
export type SetupStatus = Json<typeof SetupStatus>;

/** Which demo login holds which roles, in which demo organisation (never the password); empty once a real organisation exists. */
export const DemoLogin = z.object({ email: z.string(), roles: z.array(z.enum(ROLES)), organisation: z.string() });
export type DemoLogin = Json<typeof DemoLogin>;

export const DemoLogins = z.object({ logins: z.array(DemoLogin) });
export type DemoLogins = Json<typeof DemoLogins>;
