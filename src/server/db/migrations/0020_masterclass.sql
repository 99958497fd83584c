CREATE TABLE "cohort_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"title" text NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"relates_to" text,
	"due_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cohort_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"participation_id" uuid NOT NULL,
	"item" text NOT NULL,
	"parent_id" uuid,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"author_organisation" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cohort_participants" (
	"participation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "cohort_participants_participation_id_user_id_pk" PRIMARY KEY("participation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "cohort_participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"shares" jsonb NOT NULL,
	"joined_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cohort_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"minutes" integer NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"video_link" text DEFAULT '' NOT NULL,
	"steps" integer[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cohort_snapshots" (
	"participation_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cohort_subgroup_members" (
	"subgroup_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"participation_id" uuid NOT NULL,
	CONSTRAINT "cohort_subgroup_members_subgroup_id_participation_id_pk" PRIMARY KEY("subgroup_id","participation_id")
);
--> statement-breakpoint
CREATE TABLE "cohort_subgroups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cohort_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"participation_id" uuid NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"worksheet" text,
	"worksheet_version" integer,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"capacity" integer NOT NULL,
	"retention_days" integer NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohorts_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "exchange_copies" (
	"item_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"intervention_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_copies_item_id_organisation_id_pk" PRIMARY KEY("item_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "exchange_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"participation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"setting" text NOT NULL,
	"target_behaviour" text NOT NULL,
	"behaviour" text NOT NULL,
	"barrier" text NOT NULL,
	"what_we_did" text NOT NULL,
	"functions" text[] NOT NULL,
	"effort" text NOT NULL,
	"effect" jsonb,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roleplay_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"subgroup_id" uuid NOT NULL,
	"participation_id" uuid NOT NULL,
	"interviewer_id" uuid,
	"colleague_id" uuid,
	"observer_id" uuid,
	"persona_key" text NOT NULL,
	"scores" jsonb,
	"scored_at" timestamp with time zone,
	"shared_with_trainers" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cohort_assignments" ADD CONSTRAINT "cohort_assignments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_assignments" ADD CONSTRAINT "cohort_assignments_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_assignments" ADD CONSTRAINT "cohort_assignments_session_id_cohort_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."cohort_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_comments" ADD CONSTRAINT "cohort_comments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_comments" ADD CONSTRAINT "cohort_comments_participation_id_cohort_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."cohort_participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_comments" ADD CONSTRAINT "cohort_comments_parent_id_cohort_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cohort_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_comments" ADD CONSTRAINT "cohort_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_participants" ADD CONSTRAINT "cohort_participants_participation_id_cohort_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."cohort_participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_participants" ADD CONSTRAINT "cohort_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_participants" ADD CONSTRAINT "cohort_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_participations" ADD CONSTRAINT "cohort_participations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_participations" ADD CONSTRAINT "cohort_participations_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_participations" ADD CONSTRAINT "cohort_participations_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_participations" ADD CONSTRAINT "cohort_participations_joined_by_users_id_fk" FOREIGN KEY ("joined_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_sessions" ADD CONSTRAINT "cohort_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_sessions" ADD CONSTRAINT "cohort_sessions_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_snapshots" ADD CONSTRAINT "cohort_snapshots_participation_id_cohort_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."cohort_participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_snapshots" ADD CONSTRAINT "cohort_snapshots_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_subgroup_members" ADD CONSTRAINT "cohort_subgroup_members_subgroup_id_cohort_subgroups_id_fk" FOREIGN KEY ("subgroup_id") REFERENCES "public"."cohort_subgroups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_subgroup_members" ADD CONSTRAINT "cohort_subgroup_members_assignment_id_cohort_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."cohort_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_subgroup_members" ADD CONSTRAINT "cohort_subgroup_members_participation_id_cohort_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."cohort_participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_subgroups" ADD CONSTRAINT "cohort_subgroups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_subgroups" ADD CONSTRAINT "cohort_subgroups_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_subgroups" ADD CONSTRAINT "cohort_subgroups_assignment_id_cohort_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."cohort_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_submissions" ADD CONSTRAINT "cohort_submissions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_submissions" ADD CONSTRAINT "cohort_submissions_assignment_id_cohort_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."cohort_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_submissions" ADD CONSTRAINT "cohort_submissions_participation_id_cohort_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."cohort_participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_copies" ADD CONSTRAINT "exchange_copies_item_id_exchange_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."exchange_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_copies" ADD CONSTRAINT "exchange_copies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_copies" ADD CONSTRAINT "exchange_copies_intervention_id_organisation_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."organisation_interventions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_items" ADD CONSTRAINT "exchange_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_items" ADD CONSTRAINT "exchange_items_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_items" ADD CONSTRAINT "exchange_items_participation_id_cohort_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."cohort_participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_items" ADD CONSTRAINT "exchange_items_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roleplay_rounds" ADD CONSTRAINT "roleplay_rounds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roleplay_rounds" ADD CONSTRAINT "roleplay_rounds_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roleplay_rounds" ADD CONSTRAINT "roleplay_rounds_subgroup_id_cohort_subgroups_id_fk" FOREIGN KEY ("subgroup_id") REFERENCES "public"."cohort_subgroups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roleplay_rounds" ADD CONSTRAINT "roleplay_rounds_participation_id_cohort_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."cohort_participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roleplay_rounds" ADD CONSTRAINT "roleplay_rounds_interviewer_id_users_id_fk" FOREIGN KEY ("interviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roleplay_rounds" ADD CONSTRAINT "roleplay_rounds_colleague_id_users_id_fk" FOREIGN KEY ("colleague_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roleplay_rounds" ADD CONSTRAINT "roleplay_rounds_observer_id_users_id_fk" FOREIGN KEY ("observer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cohort_assignments_cohort_idx" ON "cohort_assignments" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "cohort_comments_participation_idx" ON "cohort_comments" USING btree ("participation_id","item");--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_participations_once" ON "cohort_participations" USING btree ("cohort_id","organisation_id");--> statement-breakpoint
CREATE INDEX "cohort_sessions_cohort_idx" ON "cohort_sessions" USING btree ("cohort_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_subgroup_members_once" ON "cohort_subgroup_members" USING btree ("assignment_id","participation_id");--> statement-breakpoint
CREATE INDEX "cohort_subgroups_assignment_idx" ON "cohort_subgroups" USING btree ("assignment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_submissions_once" ON "cohort_submissions" USING btree ("assignment_id","participation_id");--> statement-breakpoint
CREATE INDEX "cohorts_organisation_idx" ON "cohorts" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "exchange_items_cohort_idx" ON "exchange_items" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "roleplay_rounds_subgroup_idx" ON "roleplay_rounds" USING btree ("subgroup_id");