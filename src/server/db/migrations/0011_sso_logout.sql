ALTER TABLE "organisation_sso" ADD COLUMN "logout_at_provider" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "sso_id_token_sealed" text;