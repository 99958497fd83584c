CREATE TABLE "breach_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"breach_id" uuid NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"proposal" jsonb NOT NULL,
	"notify_ap" boolean NOT NULL,
	"inform_subjects" boolean NOT NULL,
	"reasoning" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "breach_sequences" (
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "breach_sequences_organisation_id_year_pk" PRIMARY KEY("organisation_id","year")
);
--> statement-breakpoint
CREATE TABLE "breaches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"status" text DEFAULT 'reported' NOT NULL,
	"report" jsonb NOT NULL,
	"department" text DEFAULT '' NOT NULL,
	"reported_by" uuid,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"aware_at" timestamp with time zone DEFAULT now() NOT NULL,
	"register" jsonb,
	"ap_notified_at" timestamp with time zone,
	"late_reason" text,
	"subjects_informed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_check_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"check_id" uuid NOT NULL,
	"submitted_on" date NOT NULL,
	"department" text NOT NULL,
	"answers" smallint[] NOT NULL,
	"correct" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid,
	"title" text NOT NULL,
	"definition" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"public_slug" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "breach_slug" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "breach_report_requires_login" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "breach_decisions" ADD CONSTRAINT "breach_decisions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_decisions" ADD CONSTRAINT "breach_decisions_breach_id_breaches_id_fk" FOREIGN KEY ("breach_id") REFERENCES "public"."breaches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_decisions" ADD CONSTRAINT "breach_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_sequences" ADD CONSTRAINT "breach_sequences_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breaches" ADD CONSTRAINT "breaches_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breaches" ADD CONSTRAINT "breaches_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_check_responses" ADD CONSTRAINT "knowledge_check_responses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_check_responses" ADD CONSTRAINT "knowledge_check_responses_check_id_knowledge_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."knowledge_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_checks" ADD CONSTRAINT "knowledge_checks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_checks" ADD CONSTRAINT "knowledge_checks_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_checks" ADD CONSTRAINT "knowledge_checks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "breach_decisions_breach_idx" ON "breach_decisions" USING btree ("breach_id");--> statement-breakpoint
CREATE UNIQUE INDEX "breaches_reference_unique" ON "breaches" USING btree ("organisation_id","reference");--> statement-breakpoint
CREATE INDEX "breaches_status_idx" ON "breaches" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "knowledge_check_responses_check_idx" ON "knowledge_check_responses" USING btree ("check_id");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_checks_public_slug_unique" ON "knowledge_checks" USING btree ("public_slug");--> statement-breakpoint
CREATE INDEX "knowledge_checks_organisation_idx" ON "knowledge_checks" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_breach_slug_unique" UNIQUE("breach_slug");