CREATE TABLE "monitoring_combo_keys" (
	"num" serial PRIMARY KEY NOT NULL,
	"combo" text NOT NULL,
	CONSTRAINT "monitoring_combo_keys_combo_unique" UNIQUE("combo")
);
--> statement-breakpoint
CREATE TABLE "monitoring_periods" (
	"num" serial PRIMARY KEY NOT NULL,
	"id" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	CONSTRAINT "monitoring_periods_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_value_batches" (
	"num" serial PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"stored_by" text,
	"stored_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_values" (
	"element_num" integer NOT NULL,
	"org_unit_num" integer NOT NULL,
	"period_num" integer NOT NULL,
	"combo_num" integer NOT NULL,
	"value" double precision NOT NULL,
	"comment" text,
	"batch_num" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitoring_data_elements" ADD COLUMN "num" serial NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring_org_units" ADD COLUMN "num" serial NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring_value_batches" ADD CONSTRAINT "monitoring_value_batches_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_value_batches_workspace_idx" ON "monitoring_value_batches" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "monitoring_values_element_idx" ON "monitoring_values" USING brin ("element_num");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_data_elements_num_idx" ON "monitoring_data_elements" USING btree ("num");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_org_units_num_idx" ON "monitoring_org_units" USING btree ("num");