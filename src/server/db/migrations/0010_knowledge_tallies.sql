CREATE TABLE "knowledge_check_tallies" (
	"check_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"department" text NOT NULL,
	"answers" smallint[] NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "knowledge_check_tallies_check_id_department_answers_pk" PRIMARY KEY("check_id","department","answers")
);
--> statement-breakpoint
ALTER TABLE "organisation_retention" ADD COLUMN "knowledge_responses_months" integer;--> statement-breakpoint
ALTER TABLE "knowledge_check_tallies" ADD CONSTRAINT "knowledge_check_tallies_check_id_knowledge_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."knowledge_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_check_tallies" ADD CONSTRAINT "knowledge_check_tallies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Checks closed before the tallies existed: count their answers now, as closing does.
INSERT INTO "knowledge_check_tallies" ("check_id", "organisation_id", "department", "answers", "n")
SELECT r."check_id", r."organisation_id", r."department", r."answers", count(*)
FROM "knowledge_check_responses" r JOIN "knowledge_checks" c ON c."id" = r."check_id"
WHERE c."status" = 'closed'
GROUP BY r."check_id", r."organisation_id", r."department", r."answers";
