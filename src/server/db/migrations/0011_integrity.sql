CREATE TABLE "integrity_channels" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"settings" jsonb NOT NULL,
	"whistleblower_salt" text NOT NULL,
	"receipt_salt" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrity_identity_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"report_id" text NOT NULL,
	"requested_by" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrity_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"report_id" text NOT NULL,
	"author" text NOT NULL,
	"author_user_id" text,
	"visibility" text NOT NULL,
	"ciphertext" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrity_recipients" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"channel_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"public_key" text,
	"locked_private_key" jsonb,
	"recovery_locked_private_key" text,
	"key_created_at" timestamp with time zone,
	"removed_at" timestamp with time zone,
	"added_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrity_report_files" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"report_id" text NOT NULL,
	"position" integer NOT NULL,
	"ciphertext" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrity_report_keys" (
	"workspace_id" text NOT NULL,
	"report_id" text NOT NULL,
	"recipient_id" text NOT NULL,
	"kind" text NOT NULL,
	"sealed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "integrity_report_keys_report_id_recipient_id_kind_pk" PRIMARY KEY("report_id","recipient_id","kind")
);
--> statement-breakpoint
CREATE TABLE "integrity_reports" (
	"row_version" integer DEFAULT 1 NOT NULL,
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"channel_id" text NOT NULL,
	"number" integer NOT NULL,
	"receipt_hash" text NOT NULL,
	"whistleblower_public_key" text NOT NULL,
	"whistleblower_key" text,
	"identity_mode" text NOT NULL,
	"content" text,
	"identity" text,
	"status" text DEFAULT 'new' NOT NULL,
	"type_code" text,
	"institution_id" text,
	"priority" text,
	"assigned_to" text,
	"outcome" text,
	"linked_reference" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledge_by" timestamp with time zone NOT NULL,
	"feedback_by" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"feedback_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"purged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "integrity_channels" ADD CONSTRAINT "integrity_channels_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_identity_requests" ADD CONSTRAINT "integrity_identity_requests_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_identity_requests" ADD CONSTRAINT "integrity_identity_requests_report_id_integrity_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."integrity_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_identity_requests" ADD CONSTRAINT "integrity_identity_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_identity_requests" ADD CONSTRAINT "integrity_identity_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_messages" ADD CONSTRAINT "integrity_messages_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_messages" ADD CONSTRAINT "integrity_messages_report_id_integrity_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."integrity_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_messages" ADD CONSTRAINT "integrity_messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_recipients" ADD CONSTRAINT "integrity_recipients_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_recipients" ADD CONSTRAINT "integrity_recipients_channel_id_integrity_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."integrity_channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_recipients" ADD CONSTRAINT "integrity_recipients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_recipients" ADD CONSTRAINT "integrity_recipients_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_report_files" ADD CONSTRAINT "integrity_report_files_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_report_files" ADD CONSTRAINT "integrity_report_files_report_id_integrity_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."integrity_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_report_keys" ADD CONSTRAINT "integrity_report_keys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_report_keys" ADD CONSTRAINT "integrity_report_keys_report_id_integrity_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."integrity_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_report_keys" ADD CONSTRAINT "integrity_report_keys_recipient_id_integrity_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."integrity_recipients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_reports" ADD CONSTRAINT "integrity_reports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_reports" ADD CONSTRAINT "integrity_reports_channel_id_integrity_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."integrity_channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_reports" ADD CONSTRAINT "integrity_reports_institution_id_actors_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_reports" ADD CONSTRAINT "integrity_reports_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "integrity_channels_workspace_idx" ON "integrity_channels" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "integrity_identity_requests_report_idx" ON "integrity_identity_requests" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "integrity_messages_report_idx" ON "integrity_messages" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE INDEX "integrity_recipients_channel_idx" ON "integrity_recipients" USING btree ("channel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "integrity_recipients_channel_user_idx" ON "integrity_recipients" USING btree ("channel_id","user_id");--> statement-breakpoint
CREATE INDEX "integrity_report_files_report_idx" ON "integrity_report_files" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "integrity_report_keys_recipient_idx" ON "integrity_report_keys" USING btree ("recipient_id");--> statement-breakpoint
CREATE INDEX "integrity_reports_workspace_idx" ON "integrity_reports" USING btree ("workspace_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "integrity_reports_receipt_idx" ON "integrity_reports" USING btree ("channel_id","receipt_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "integrity_reports_number_idx" ON "integrity_reports" USING btree ("workspace_id","number");