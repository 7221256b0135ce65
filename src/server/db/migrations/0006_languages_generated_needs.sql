ALTER TABLE "users" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "generated" jsonb;