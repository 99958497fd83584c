ALTER TABLE "knowledge_checks" ADD COLUMN "released_results" jsonb;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "released_results" jsonb;