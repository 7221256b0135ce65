INSERT INTO "monitoring_periods" ("id", "start_date", "end_date")
  SELECT DISTINCT ON ("period") "period", "period_start", "period_end" FROM "monitoring_data_values" ORDER BY "period";--> statement-breakpoint
INSERT INTO "monitoring_combo_keys" ("combo")
  SELECT DISTINCT "category_option_combo" FROM "monitoring_data_values";--> statement-breakpoint
INSERT INTO "monitoring_value_batches" ("workspace_id", "stored_by", "stored_at")
  SELECT DISTINCT v."workspace_id", v."stored_by", v."updated_at" FROM "monitoring_data_values" v
  JOIN "workspaces" w ON w."id" = v."workspace_id";--> statement-breakpoint
INSERT INTO "monitoring_values" ("element_num", "org_unit_num", "period_num", "combo_num", "value", "comment", "batch_num")
  SELECT e."num", u."num", p."num", c."num", v."value", v."comment", b."num"
  FROM "monitoring_data_values" v
  JOIN "monitoring_data_elements" e ON e."id" = v."data_element_id"
  JOIN "monitoring_org_units" u ON u."id" = v."org_unit_id"
  JOIN "monitoring_periods" p ON p."id" = v."period"
  JOIN "monitoring_combo_keys" c ON c."combo" = v."category_option_combo"
  JOIN "monitoring_value_batches" b ON b."workspace_id" = v."workspace_id"
    AND b."stored_by" IS NOT DISTINCT FROM v."stored_by" AND b."stored_at" = v."updated_at"
  ORDER BY e."num";--> statement-breakpoint
DROP TABLE "monitoring_data_values" CASCADE;--> statement-breakpoint
CREATE VIEW "monitoring_data_values" AS
  SELECT e."workspace_id", e."id" AS "data_element_id", u."id" AS "org_unit_id", p."id" AS "period",
    p."start_date" AS "period_start", p."end_date" AS "period_end", c."combo" AS "category_option_combo",
    v."value", v."comment", b."stored_by", b."stored_at" AS "updated_at"
  FROM "monitoring_values" v
  JOIN "monitoring_data_elements" e ON e."num" = v."element_num"
  JOIN "monitoring_org_units" u ON u."num" = v."org_unit_num"
  JOIN "monitoring_periods" p ON p."num" = v."period_num"
  JOIN "monitoring_combo_keys" c ON c."num" = v."combo_num"
  JOIN "monitoring_value_batches" b ON b."num" = v."batch_num";
