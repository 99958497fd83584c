CREATE TABLE "organisation_retention" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"survey_responses_months" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_retention" ADD CONSTRAINT "organisation_retention_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;