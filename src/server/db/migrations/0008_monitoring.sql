CREATE TABLE "monitoring_analytics" (
	"workspace_id" text NOT NULL,
	"data_element_id" text NOT NULL,
	"category_option_combo" text NOT NULL,
	"org_unit_id" text NOT NULL,
	"period_type" text NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "monitoring_analytics_workspace_id_data_element_id_org_unit_id_period_category_option_combo_pk" PRIMARY KEY("workspace_id","data_element_id","org_unit_id","period","category_option_combo")
);
--> statement-breakpoint
CREATE TABLE "monitoring_analytics_runs" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"value_count" integer NOT NULL,
	"row_count" integer NOT NULL,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_categories" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_charts" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"dashboard_id" text NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"config" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_dashboards" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_data_elements" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" text,
	"value_type" text DEFAULT 'number' NOT NULL,
	"aggregation" text DEFAULT 'sum' NOT NULL,
	"category_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"assessment_framework_id" text,
	"assessment_item_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_data_sets" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"period_type" text NOT NULL,
	"data_element_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"org_unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_data_values" (
	"workspace_id" text NOT NULL,
	"data_element_id" text NOT NULL,
	"org_unit_id" text NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"category_option_combo" text DEFAULT 'default' NOT NULL,
	"value" double precision NOT NULL,
	"comment" text,
	"stored_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_data_values_workspace_id_data_element_id_org_unit_id_period_category_option_combo_pk" PRIMARY KEY("workspace_id","data_element_id","org_unit_id","period","category_option_combo")
);
--> statement-breakpoint
CREATE TABLE "monitoring_flags" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"indicator_id" text NOT NULL,
	"period" text NOT NULL,
	"org_unit_id" text NOT NULL,
	"status" text NOT NULL,
	"actual" double precision,
	"expected" double precision,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" text,
	"reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"scenario_plan_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_indicators" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" text,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"numerator" text NOT NULL,
	"denominator" text DEFAULT '1' NOT NULL,
	"factor" integer DEFAULT 1 NOT NULL,
	"direction" text DEFAULT 'higher' NOT NULL,
	"data_source" text,
	"frequency" text DEFAULT 'yearly' NOT NULL,
	"responsible_actor_id" text,
	"result_id" text,
	"on_track_from" double precision DEFAULT 0.9 NOT NULL,
	"at_risk_from" double precision DEFAULT 0.6 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_org_units" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"parent_id" text,
	"path" text NOT NULL,
	"level" integer NOT NULL,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_result_assessment_items" (
	"result_id" text NOT NULL,
	"framework_id" text NOT NULL,
	"item_id" text NOT NULL,
	CONSTRAINT "monitoring_result_assessment_items_result_id_framework_id_item_id_pk" PRIMARY KEY("result_id","framework_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_result_plan_items" (
	"result_id" text NOT NULL,
	"plan_item_id" text NOT NULL,
	CONSTRAINT "monitoring_result_plan_items_result_id_plan_item_id_pk" PRIMARY KEY("result_id","plan_item_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_results" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"parent_id" text,
	"level" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_targets" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"indicator_id" text NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"org_unit_id" text NOT NULL,
	"disaggregation" text DEFAULT '' NOT NULL,
	"value" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitoring_analytics" ADD CONSTRAINT "monitoring_analytics_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_analytics_runs" ADD CONSTRAINT "monitoring_analytics_runs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_categories" ADD CONSTRAINT "monitoring_categories_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_charts" ADD CONSTRAINT "monitoring_charts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_charts" ADD CONSTRAINT "monitoring_charts_dashboard_id_monitoring_dashboards_id_fk" FOREIGN KEY ("dashboard_id") REFERENCES "public"."monitoring_dashboards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_dashboards" ADD CONSTRAINT "monitoring_dashboards_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_dashboards" ADD CONSTRAINT "monitoring_dashboards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_data_elements" ADD CONSTRAINT "monitoring_data_elements_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_data_sets" ADD CONSTRAINT "monitoring_data_sets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_data_values" ADD CONSTRAINT "monitoring_data_values_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_flags" ADD CONSTRAINT "monitoring_flags_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_flags" ADD CONSTRAINT "monitoring_flags_indicator_id_monitoring_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."monitoring_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_flags" ADD CONSTRAINT "monitoring_flags_org_unit_id_monitoring_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."monitoring_org_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_flags" ADD CONSTRAINT "monitoring_flags_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_flags" ADD CONSTRAINT "monitoring_flags_scenario_plan_id_plans_id_fk" FOREIGN KEY ("scenario_plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_indicators" ADD CONSTRAINT "monitoring_indicators_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_indicators" ADD CONSTRAINT "monitoring_indicators_responsible_actor_id_actors_id_fk" FOREIGN KEY ("responsible_actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_indicators" ADD CONSTRAINT "monitoring_indicators_result_id_monitoring_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."monitoring_results"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_org_units" ADD CONSTRAINT "monitoring_org_units_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_org_units" ADD CONSTRAINT "monitoring_org_units_parent_id_monitoring_org_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."monitoring_org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_org_units" ADD CONSTRAINT "monitoring_org_units_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_result_assessment_items" ADD CONSTRAINT "monitoring_result_assessment_items_result_id_monitoring_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."monitoring_results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_result_plan_items" ADD CONSTRAINT "monitoring_result_plan_items_result_id_monitoring_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."monitoring_results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_result_plan_items" ADD CONSTRAINT "monitoring_result_plan_items_plan_item_id_plan_items_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_results" ADD CONSTRAINT "monitoring_results_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_results" ADD CONSTRAINT "monitoring_results_parent_id_monitoring_results_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."monitoring_results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_targets" ADD CONSTRAINT "monitoring_targets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_targets" ADD CONSTRAINT "monitoring_targets_indicator_id_monitoring_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."monitoring_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_targets" ADD CONSTRAINT "monitoring_targets_org_unit_id_monitoring_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."monitoring_org_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_categories_code_idx" ON "monitoring_categories" USING btree ("workspace_id",lower("code"));--> statement-breakpoint
CREATE INDEX "monitoring_charts_dashboard_idx" ON "monitoring_charts" USING btree ("dashboard_id","position");--> statement-breakpoint
CREATE INDEX "monitoring_dashboards_workspace_idx" ON "monitoring_dashboards" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_data_elements_code_idx" ON "monitoring_data_elements" USING btree ("workspace_id",lower("code"));--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_data_sets_code_idx" ON "monitoring_data_sets" USING btree ("workspace_id",lower("code"));--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_flags_key_idx" ON "monitoring_flags" USING btree ("indicator_id","period","org_unit_id");--> statement-breakpoint
CREATE INDEX "monitoring_flags_workspace_idx" ON "monitoring_flags" USING btree ("workspace_id","decision");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_indicators_code_idx" ON "monitoring_indicators" USING btree ("workspace_id",lower("code"));--> statement-breakpoint
CREATE INDEX "monitoring_indicators_result_idx" ON "monitoring_indicators" USING btree ("result_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_org_units_code_idx" ON "monitoring_org_units" USING btree ("workspace_id",lower("code"));--> statement-breakpoint
CREATE INDEX "monitoring_org_units_path_idx" ON "monitoring_org_units" USING btree ("workspace_id","path");--> statement-breakpoint
CREATE INDEX "monitoring_rpi_item_idx" ON "monitoring_result_plan_items" USING btree ("plan_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_results_code_idx" ON "monitoring_results" USING btree ("workspace_id",lower("code"));--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_targets_key_idx" ON "monitoring_targets" USING btree ("indicator_id","kind","period","org_unit_id","disaggregation");