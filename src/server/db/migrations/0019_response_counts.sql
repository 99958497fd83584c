CREATE TABLE "knowledge_check_response_counts" (
	"check_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"stripe" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "knowledge_check_response_counts_check_id_day_stripe_pk" PRIMARY KEY("check_id","day","stripe")
);
--> statement-breakpoint
CREATE TABLE "survey_response_counts" (
	"survey_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"stripe" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "survey_response_counts_survey_id_day_stripe_pk" PRIMARY KEY("survey_id","day","stripe")
);
--> statement-breakpoint
ALTER TABLE "knowledge_check_response_counts" ADD CONSTRAINT "knowledge_check_response_counts_check_id_knowledge_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."knowledge_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_check_response_counts" ADD CONSTRAINT "knowledge_check_response_counts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response_counts" ADD CONSTRAINT "survey_response_counts_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response_counts" ADD CONSTRAINT "survey_response_counts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Rounds open now: their answers counted once, as the answer statement will count from here on.
INSERT INTO "survey_response_counts" ("survey_id", "organisation_id", "day", "stripe", "n")
SELECT r."survey_id", s."organisation_id", r."submitted_on", 0, count(*)
FROM "survey_responses" r JOIN "surveys" s ON s."id" = r."survey_id"
WHERE s."status" = 'open'
GROUP BY r."survey_id", s."organisation_id", r."submitted_on";--> statement-breakpoint
INSERT INTO "knowledge_check_response_counts" ("check_id", "organisation_id", "day", "stripe", "n")
SELECT r."check_id", c."organisation_id", r."submitted_on", 0, count(*)
FROM "knowledge_check_responses" r JOIN "knowledge_checks" c ON c."id" = r."check_id"
WHERE c."status" = 'open'
GROUP BY r."check_id", c."organisation_id", r."submitted_on";
