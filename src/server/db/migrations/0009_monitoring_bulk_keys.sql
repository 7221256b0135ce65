ALTER TABLE "monitoring_analytics" DROP CONSTRAINT "monitoring_analytics_workspace_id_workspaces_id_fk";
--> statement-breakpoint
ALTER TABLE "monitoring_data_values" DROP CONSTRAINT "monitoring_data_values_workspace_id_workspaces_id_fk";
