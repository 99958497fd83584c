CREATE TABLE "step_role_tables" (
	"programme_id" uuid NOT NULL,
	"step" smallint NOT NULL,
	"organisation_id" uuid NOT NULL,
	"roles" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "step_role_tables_programme_id_step_pk" PRIMARY KEY("programme_id","step"),
	CONSTRAINT "step_role_tables_step" CHECK ("step_role_tables"."step" between 1 and 6)
);
--> statement-breakpoint
ALTER TABLE "step_role_tables" ADD CONSTRAINT "step_role_tables_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_role_tables" ADD CONSTRAINT "step_role_tables_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_role_tables" ADD CONSTRAINT "step_role_tables_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;