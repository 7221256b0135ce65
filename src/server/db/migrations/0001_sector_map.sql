CREATE TABLE "actor_relations" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"source_actor_id" text NOT NULL,
	"target_actor_id" text NOT NULL,
	"type" text NOT NULL,
	"oversight_kind" text,
	"status" text DEFAULT 'active' NOT NULL,
	"evidence" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actor_relations_not_self_check" CHECK ("actor_relations"."source_actor_id" <> "actor_relations"."target_actor_id"),
	CONSTRAINT "actor_relations_oversight_kind_check" CHECK (("actor_relations"."type" = 'oversight') = ("actor_relations"."oversight_kind" is not null))
);
--> statement-breakpoint
CREATE TABLE "actors" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"name_translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"acronym" text,
	"category" text NOT NULL,
	"statutory" boolean NOT NULL,
	"level" text DEFAULT 'national' NOT NULL,
	"region" text,
	"legal_basis" text,
	"mandate" text,
	"headcount_total" integer,
	"headcount_women" integer,
	"parent_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actors_headcount_check" CHECK ("actors"."headcount_women" <= "actors"."headcount_total"),
	CONSTRAINT "actors_level_check" CHECK ("actors"."level" in ('national', 'subnational'))
);
--> statement-breakpoint
ALTER TABLE "actor_relations" ADD CONSTRAINT "actor_relations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actor_relations" ADD CONSTRAINT "actor_relations_source_actor_id_actors_id_fk" FOREIGN KEY ("source_actor_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actor_relations" ADD CONSTRAINT "actor_relations_target_actor_id_actors_id_fk" FOREIGN KEY ("target_actor_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_parent_id_actors_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actor_relations_workspace_idx" ON "actor_relations" USING btree ("workspace_id","type");--> statement-breakpoint
CREATE INDEX "actor_relations_source_idx" ON "actor_relations" USING btree ("source_actor_id");--> statement-breakpoint
CREATE INDEX "actor_relations_target_idx" ON "actor_relations" USING btree ("target_actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "actor_relations_identity_idx" ON "actor_relations" USING btree ("source_actor_id","target_actor_id","type",coalesce("oversight_kind", ''));--> statement-breakpoint
CREATE INDEX "actors_workspace_idx" ON "actors" USING btree ("workspace_id","category");--> statement-breakpoint
CREATE INDEX "actors_parent_idx" ON "actors" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "actors_workspace_name_idx" ON "actors" USING btree ("workspace_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "actors_workspace_acronym_idx" ON "actors" USING btree ("workspace_id",lower("acronym")) WHERE "actors"."acronym" is not null;