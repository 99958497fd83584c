CREATE TABLE "survey_invitation_days" (
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"mails" integer NOT NULL,
	CONSTRAINT "survey_invitation_days_organisation_id_day_pk" PRIMARY KEY("organisation_id","day")
);
--> statement-breakpoint
CREATE TABLE "survey_invitation_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"email" text NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "users_email_unique";--> statement-breakpoint
-- The reporter's reference for a breach: random, so it does not tell how many breaches there were (the
-- register number in "reference" stays the officer's). Breaches from before get one too, drawn from
-- gen_random_uuid() (the server's strong random source): ten of its fully random bytes (not those
-- holding the version or variant), each modulo 32 (256 is a multiple: every character equally likely)
-- into the Crockford base32 alphabet, grouped as XXXX-XXXX-XX like new ones (newPublicReference in breaches/report.service.ts).
ALTER TABLE "breaches" ADD COLUMN "public_reference" text;--> statement-breakpoint
WITH random AS (
	SELECT "id", uuid_send(gen_random_uuid()) AS bytes FROM "breaches"
), drawn AS (
	SELECT "id", (
		SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(random.bytes, i) % 32 + 1, 1), '' ORDER BY i)
		FROM unnest(ARRAY[0, 1, 2, 3, 4, 5, 10, 11, 12, 13]) AS i
	) AS chars
	FROM random
)
UPDATE "breaches" SET "public_reference" = substr(drawn.chars, 1, 4) || '-' || substr(drawn.chars, 5, 4) || '-' || substr(drawn.chars, 9, 2)
FROM drawn WHERE drawn."id" = "breaches"."id";--> statement-breakpoint
ALTER TABLE "breaches" ALTER COLUMN "public_reference" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge_checks" ADD COLUMN "min_group_size" integer;--> statement-breakpoint
ALTER TABLE "knowledge_checks" ADD COLUMN "noise_seed" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "survey_invitations_per_day" integer DEFAULT 500 NOT NULL;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "min_group_size" integer;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "noise_seed" text;--> statement-breakpoint
ALTER TABLE "survey_invitation_days" ADD CONSTRAINT "survey_invitation_days_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitation_outbox" ADD CONSTRAINT "survey_invitation_outbox_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitation_outbox" ADD CONSTRAINT "survey_invitation_outbox_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_invitation_outbox_batch_idx" ON "survey_invitation_outbox" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "breaches_public_reference_unique" ON "breaches" USING btree ("organisation_id","public_reference");--> statement-breakpoint
CREATE UNIQUE INDEX "users_organisation_email_unique" ON "users" USING btree ("organisation_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree ("email") WHERE ("users"."status" = 'active' or "users"."password_hash" is not null);--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "failed_logins";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "locked_until";--> statement-breakpoint
-- The minimum group size and the noise seed of a survey or knowledge check are fixed when it opens
-- (docs/anonymity.md). Rounds already open get them now, before their results are released; closed
-- rounds keep the organisation's minimum of today and no noise: their exact figures were shown.
UPDATE "surveys" s SET "min_group_size" = greatest(3, o."min_group_size") FROM "organisations" o WHERE o."id" = s."organisation_id" AND s."status" <> 'draft';--> statement-breakpoint
UPDATE "knowledge_checks" k SET "min_group_size" = greatest(3, o."min_group_size") FROM "organisations" o WHERE o."id" = k."organisation_id" AND k."status" <> 'draft';--> statement-breakpoint
UPDATE "surveys" SET "noise_seed" = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') WHERE "status" = 'open';--> statement-breakpoint
UPDATE "knowledge_checks" SET "noise_seed" = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') WHERE "status" = 'open';
