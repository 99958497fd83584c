CREATE TABLE "breach_ap_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"breach_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"ap_received_at" timestamp with time zone,
	"note" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "breach_decisions" ADD COLUMN "fg_advice" jsonb;--> statement-breakpoint
ALTER TABLE "breaches" ADD COLUMN "aware_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "breaches" ADD COLUMN "aware_confirmed_by" uuid;--> statement-breakpoint
ALTER TABLE "breaches" ADD COLUMN "aware_reason" text;--> statement-breakpoint
ALTER TABLE "breaches" ADD COLUMN "ap_reference" text;--> statement-breakpoint
ALTER TABLE "breaches" ADD COLUMN "ap_received_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "breach_ap_follow_ups" ADD CONSTRAINT "breach_ap_follow_ups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_ap_follow_ups" ADD CONSTRAINT "breach_ap_follow_ups_breach_id_breaches_id_fk" FOREIGN KEY ("breach_id") REFERENCES "public"."breaches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breach_ap_follow_ups" ADD CONSTRAINT "breach_ap_follow_ups_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "breach_ap_follow_ups_breach_idx" ON "breach_ap_follow_ups" USING btree ("breach_id");--> statement-breakpoint
ALTER TABLE "breaches" ADD CONSTRAINT "breaches_aware_confirmed_by_users_id_fk" FOREIGN KEY ("aware_confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Closed breaches keep the moment of awareness they were handled on: it counts as confirmed.
UPDATE "breaches" SET "aware_confirmed_at" = "updated_at" WHERE "status" = 'closed';
