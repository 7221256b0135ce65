CREATE TABLE "compact_commitments" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"mechanism_id" text NOT NULL,
	"party" text NOT NULL,
	"actor_id" text,
	"funder_id" text,
	"commitment" text NOT NULL,
	"benchmark" text,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"evidence" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordination_actions" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"mechanism_id" text NOT NULL,
	"meeting_id" text,
	"description" text NOT NULL,
	"owner_actor_id" text,
	"owner_funder_id" text,
	"due_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordination_mechanisms" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"terms_of_reference" text,
	"member_funder_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"member_actor_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"plan_item_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"purpose_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pool_funder_id" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordination_meetings" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"mechanism_id" text NOT NULL,
	"held_on" date NOT NULL,
	"summary" text,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"actor_id" text,
	"cofog" text NOT NULL,
	"economic_class" text NOT NULL,
	"description" text,
	"currency" text NOT NULL,
	"approved" double precision NOT NULL,
	"revised" double precision,
	"executed" double precision,
	"source_funder_id" text,
	"secret" boolean DEFAULT false NOT NULL,
	"off_budget" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"from_currency" text NOT NULL,
	"to_currency" text NOT NULL,
	"rate_date" date NOT NULL,
	"rate" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance_scenarios" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"plan_id" text,
	"assumptions" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finance_settings" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"workspace_id" text PRIMARY KEY NOT NULL,
	"reporting_currency" text DEFAULT 'USD' NOT NULL,
	"fiscal_year_start_month" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funder_members" (
	"funder_id" text NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "funder_members_funder_id_user_id_pk" PRIMARY KEY("funder_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "funders" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"acronym" text,
	"type" text NOT NULL,
	"actor_id" text,
	"iati_ref" text,
	"default_currency" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_flows" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"funder_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount" double precision NOT NULL,
	"currency" text NOT NULL,
	"flow_date" date NOT NULL,
	"purpose_code" text,
	"plan_item_id" text,
	"recipient_actor_id" text,
	"to_funder_id" text,
	"iati_activity_id" text,
	"description" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iati_activities" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"import_id" text NOT NULL,
	"iati_identifier" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"funder_id" text,
	"default_currency" text,
	"start_date" date,
	"end_date" date,
	"sectors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"matched_plan_item_id" text,
	"match_kind" text,
	"match_reviewed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iati_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"file_name" text NOT NULL,
	"version" text NOT NULL,
	"activity_count" integer NOT NULL,
	"transaction_count" integer NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"imported_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "macro_years" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"gdp" double precision,
	"revenue" double precision,
	"expenditure" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_items" ADD COLUMN "purpose_code" text;--> statement-breakpoint
ALTER TABLE "plan_items" ADD COLUMN "recurrent_cost" double precision;--> statement-breakpoint
ALTER TABLE "plan_items" ADD COLUMN "recurrent_currency" text;--> statement-breakpoint
ALTER TABLE "plan_items" ADD COLUMN "recurrent_from_month" integer;--> statement-breakpoint
ALTER TABLE "compact_commitments" ADD CONSTRAINT "compact_commitments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compact_commitments" ADD CONSTRAINT "compact_commitments_mechanism_id_coordination_mechanisms_id_fk" FOREIGN KEY ("mechanism_id") REFERENCES "public"."coordination_mechanisms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compact_commitments" ADD CONSTRAINT "compact_commitments_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compact_commitments" ADD CONSTRAINT "compact_commitments_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_actions" ADD CONSTRAINT "coordination_actions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_actions" ADD CONSTRAINT "coordination_actions_mechanism_id_coordination_mechanisms_id_fk" FOREIGN KEY ("mechanism_id") REFERENCES "public"."coordination_mechanisms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_actions" ADD CONSTRAINT "coordination_actions_meeting_id_coordination_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."coordination_meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_actions" ADD CONSTRAINT "coordination_actions_owner_actor_id_actors_id_fk" FOREIGN KEY ("owner_actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_actions" ADD CONSTRAINT "coordination_actions_owner_funder_id_funders_id_fk" FOREIGN KEY ("owner_funder_id") REFERENCES "public"."funders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_mechanisms" ADD CONSTRAINT "coordination_mechanisms_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_mechanisms" ADD CONSTRAINT "coordination_mechanisms_pool_funder_id_funders_id_fk" FOREIGN KEY ("pool_funder_id") REFERENCES "public"."funders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_mechanisms" ADD CONSTRAINT "coordination_mechanisms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_meetings" ADD CONSTRAINT "coordination_meetings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_meetings" ADD CONSTRAINT "coordination_meetings_mechanism_id_coordination_mechanisms_id_fk" FOREIGN KEY ("mechanism_id") REFERENCES "public"."coordination_mechanisms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_source_funder_id_funders_id_fk" FOREIGN KEY ("source_funder_id") REFERENCES "public"."funders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_scenarios" ADD CONSTRAINT "finance_scenarios_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_scenarios" ADD CONSTRAINT "finance_scenarios_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_scenarios" ADD CONSTRAINT "finance_scenarios_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_settings" ADD CONSTRAINT "finance_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funder_members" ADD CONSTRAINT "funder_members_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funder_members" ADD CONSTRAINT "funder_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funders" ADD CONSTRAINT "funders_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funders" ADD CONSTRAINT "funders_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_flows" ADD CONSTRAINT "funding_flows_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_flows" ADD CONSTRAINT "funding_flows_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_flows" ADD CONSTRAINT "funding_flows_plan_item_id_plan_items_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."plan_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_flows" ADD CONSTRAINT "funding_flows_recipient_actor_id_actors_id_fk" FOREIGN KEY ("recipient_actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_flows" ADD CONSTRAINT "funding_flows_to_funder_id_funders_id_fk" FOREIGN KEY ("to_funder_id") REFERENCES "public"."funders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_flows" ADD CONSTRAINT "funding_flows_iati_activity_id_iati_activities_id_fk" FOREIGN KEY ("iati_activity_id") REFERENCES "public"."iati_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_flows" ADD CONSTRAINT "funding_flows_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_activities" ADD CONSTRAINT "iati_activities_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_activities" ADD CONSTRAINT "iati_activities_import_id_iati_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."iati_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_activities" ADD CONSTRAINT "iati_activities_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_activities" ADD CONSTRAINT "iati_activities_matched_plan_item_id_plan_items_id_fk" FOREIGN KEY ("matched_plan_item_id") REFERENCES "public"."plan_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_imports" ADD CONSTRAINT "iati_imports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iati_imports" ADD CONSTRAINT "iati_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "macro_years" ADD CONSTRAINT "macro_years_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "compact_commitments_mechanism_idx" ON "compact_commitments" USING btree ("mechanism_id","due_date");--> statement-breakpoint
CREATE INDEX "coordination_actions_mechanism_idx" ON "coordination_actions" USING btree ("mechanism_id");--> statement-breakpoint
CREATE INDEX "coordination_mechanisms_workspace_idx" ON "coordination_mechanisms" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "coordination_meetings_mechanism_idx" ON "coordination_meetings" USING btree ("mechanism_id","held_on");--> statement-breakpoint
CREATE INDEX "budget_lines_workspace_year_idx" ON "budget_lines" USING btree ("workspace_id","fiscal_year");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_rates_pair_date_idx" ON "exchange_rates" USING btree ("workspace_id","from_currency","to_currency","rate_date");--> statement-breakpoint
CREATE INDEX "finance_scenarios_workspace_idx" ON "finance_scenarios" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "funders_workspace_idx" ON "funders" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "funders_workspace_name_idx" ON "funders" USING btree ("workspace_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "funders_workspace_iati_idx" ON "funders" USING btree ("workspace_id","iati_ref") WHERE "funders"."iati_ref" is not null;--> statement-breakpoint
CREATE INDEX "funding_flows_workspace_idx" ON "funding_flows" USING btree ("workspace_id","flow_date");--> statement-breakpoint
CREATE INDEX "funding_flows_funder_idx" ON "funding_flows" USING btree ("funder_id");--> statement-breakpoint
CREATE INDEX "funding_flows_iati_idx" ON "funding_flows" USING btree ("iati_activity_id");--> statement-breakpoint
CREATE INDEX "iati_activities_workspace_idx" ON "iati_activities" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "iati_activities_identifier_idx" ON "iati_activities" USING btree ("workspace_id","iati_identifier");--> statement-breakpoint
CREATE INDEX "iati_imports_workspace_idx" ON "iati_imports" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "macro_years_workspace_year_idx" ON "macro_years" USING btree ("workspace_id","fiscal_year");