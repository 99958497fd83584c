CREATE TABLE "apease_ratings" (
	"candidate_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"affordability" smallint,
	"practicability" smallint,
	"effectiveness" smallint,
	"acceptability" smallint,
	"side_effects" smallint,
	"equity" smallint,
	"note" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "apease_ratings_candidate_id_user_id_pk" PRIMARY KEY("candidate_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "candidate_votes" (
	"candidate_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	CONSTRAINT "candidate_votes_candidate_id_user_id_pk" PRIMARY KEY("candidate_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "intervention_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"library_id" text,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"functions" text[] NOT NULL,
	"factors" text[] NOT NULL,
	"bcts" text[] NOT NULL,
	"barrier_ids" text[] NOT NULL,
	"shortlisted" boolean DEFAULT false NOT NULL,
	"decision" text,
	"rationale" text DEFAULT '' NOT NULL,
	"plan" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"example" text DEFAULT '' NOT NULL,
	"functions" text[] NOT NULL,
	"factors" text[] NOT NULL,
	"fits" text[] NOT NULL,
	"effort" text NOT NULL,
	"bcts" text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "apease_ratings" ADD CONSTRAINT "apease_ratings_candidate_id_intervention_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."intervention_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apease_ratings" ADD CONSTRAINT "apease_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apease_ratings" ADD CONSTRAINT "apease_ratings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_votes" ADD CONSTRAINT "candidate_votes_candidate_id_intervention_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."intervention_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_votes" ADD CONSTRAINT "candidate_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_votes" ADD CONSTRAINT "candidate_votes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_votes" ADD CONSTRAINT "candidate_votes_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention_candidates" ADD CONSTRAINT "intervention_candidates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention_candidates" ADD CONSTRAINT "intervention_candidates_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention_candidates" ADD CONSTRAINT "intervention_candidates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_interventions" ADD CONSTRAINT "organisation_interventions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_interventions" ADD CONSTRAINT "organisation_interventions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_votes_programme_user_idx" ON "candidate_votes" USING btree ("programme_id","user_id");--> statement-breakpoint
CREATE INDEX "intervention_candidates_programme_idx" ON "intervention_candidates" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "organisation_interventions_organisation_idx" ON "organisation_interventions" USING btree ("organisation_id");