CREATE TABLE "survey_published_estimates" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"survey_id" text NOT NULL,
	"indicator_id" text NOT NULL,
	"period" text NOT NULL,
	"org_unit_id" text NOT NULL,
	"disaggregation" text DEFAULT '' NOT NULL,
	"estimate" double precision NOT NULL,
	"se" double precision NOT NULL,
	"ci_low" double precision NOT NULL,
	"ci_high" double precision NOT NULL,
	"n" integer NOT NULL,
	"deff" double precision,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_submissions" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"survey_id" text NOT NULL,
	"answers" jsonb NOT NULL,
	"source" text NOT NULL,
	"submitted_by" text,
	"import_id" text,
	"form_version" text,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"form" jsonb NOT NULL,
	"form_issues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_file_name" text,
	"design" jsonb,
	"estimates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"public_token" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_published_estimates" ADD CONSTRAINT "survey_published_estimates_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_published_estimates" ADD CONSTRAINT "survey_published_estimates_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_published_estimates" ADD CONSTRAINT "survey_published_estimates_indicator_id_monitoring_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."monitoring_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_published_estimates" ADD CONSTRAINT "survey_published_estimates_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_submissions" ADD CONSTRAINT "survey_submissions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_submissions" ADD CONSTRAINT "survey_submissions_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_submissions" ADD CONSTRAINT "survey_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_published_estimates_key_idx" ON "survey_published_estimates" USING btree ("indicator_id","period","org_unit_id","disaggregation");--> statement-breakpoint
CREATE INDEX "survey_published_estimates_survey_idx" ON "survey_published_estimates" USING btree ("workspace_id","survey_id");--> statement-breakpoint
CREATE INDEX "survey_submissions_survey_idx" ON "survey_submissions" USING btree ("workspace_id","survey_id","received_at");--> statement-breakpoint
CREATE INDEX "surveys_workspace_idx" ON "surveys" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_public_token_idx" ON "surveys" USING btree ("public_token");