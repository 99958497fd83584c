import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent, file } from '#contract/common.js';
import { OrganisationAnswer, OrganisationSettings } from '#contract/organisation.js';
import { ApDetails } from '#core/breach/ap-details.js';
import { SECTORS } from '#core/sector.js';
import { INVITATIONS_PER_DAY_CEILING } from '#core/survey/invitations.js';
import { linkBase, type RouteContext } from '../../context.js';
import { qrCode } from '../../export/qr.js';
import { Locale, text } from '../../http/schemas.js';
import { requireActor } from '../../plugins/sessions.js';
import { BREACH_LINK_SHARES, breachReportPath } from './service.js';

/** The staff's link to the breach report form. */
export const breachReportUrl = (base: string, breachSlug: string) => `${base}${breachReportPath(breachSlug)}`;

export const organisationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { organisations, surveyInvitations } = ctx.services;

  app.get('/api/organisation', { schema: { response: { 200: OrganisationSettings } } }, async (request) => {
    const actor = requireActor(request);
    const organisation = await organisations.get(actor);
    return {
      organisation,
      breachReportUrl: breachReportUrl(linkBase(ctx, request), organisation.breachSlug),
      /** Today's limit on survey invitation mails and its use, for the settings and the invitation form. */
      surveyInvitations: await surveyInvitations.today(actor),
    };
  });

  // The report link as a QR code, for a poster at the nurses' station.
  app.get(
    '/api/organisation/breach-report/qr.:format',
    { schema: { params: z.object({ format: z.enum(['png', 'svg']) }), response: file('image/png', 'image/svg+xml') } },
    async (request, reply) => {
      const organisation = await organisations.get(requireActor(request));
      const { format } = request.params;
      return reply
        .type(format === 'png' ? 'image/png' : 'image/svg+xml')
        .header('content-disposition', `inline; filename="wegwijs-datalek-melden.${format}"`)
        .send(await qrCode(breachReportUrl(linkBase(ctx, request), organisation.breachSlug), format));
    },
  );

  // The settings page says when an admin downloaded the QR code or copied the link (first-run checklist).
  app.post(
    '/api/organisation/breach-report/shared',
    { schema: { body: z.object({ how: z.enum(BREACH_LINK_SHARES) }).strict(), response: NoContent } },
    async (request, reply) => {
      await organisations.recordBreachLinkShared(requireActor(request), request.body.how);
      return reply.status(204).send();
    },
  );

  app.patch(
    '/api/organisation',
    {
      schema: {
        body: z
          .object({
            name: text().trim().min(2).max(160).optional(),
            // Smaller groups than 3 could reveal individual answers; the brief sets 3 as the floor.
            minGroupSize: z.number().int().min(3).max(50).optional(),
            defaultLocale: Locale.optional(),
            sector: z.enum(SECTORS).optional(),
            breachReportRequiresLogin: z.boolean().optional(),
            apDetails: ApDetails.optional(),
            // 0 turns e-mailed invitations off; the operator's maximum is checked by the service.
            surveyInvitationsPerDay: z.number().int().min(0).max(INVITATIONS_PER_DAY_CEILING).optional(),
          })
          .strict(),
        response: { 200: OrganisationAnswer },
      },
    },
    async (request) => ({ organisation: await organisations.update(requireActor(request), request.body) }),
  );
};
