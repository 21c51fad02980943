-- CrmGraph 0.1 baseline, generated from the EF model by `dotnet run --project tools/Migrations -- baseline`.
CREATE TABLE "audit_entries" (
    "id" TEXT NOT NULL CONSTRAINT "pk_audit_entries" PRIMARY KEY,
    "occurred_at" INTEGER NOT NULL,
    "actor_id" TEXT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "customer_id" TEXT NULL,
    "team_id" TEXT NULL,
    "action" TEXT NOT NULL,
    "changes" TEXT NOT NULL
);

CREATE TABLE "customer_accesses" (
    "id" TEXT NOT NULL CONSTRAINT "pk_customer_accesses" PRIMARY KEY,
    "user_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "at" INTEGER NOT NULL
);

CREATE TABLE "teams" (
    "id" TEXT NOT NULL CONSTRAINT "pk_teams" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "time_zone_id" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "custom_sources" TEXT NOT NULL,
    "cadence_daily_cap_per_customer" INTEGER NOT NULL,
    "cadence_established_days" INTEGER NOT NULL,
    "cadence_grade_a_days" INTEGER NOT NULL,
    "cadence_grade_b_days" INTEGER NOT NULL,
    "cadence_grade_c_days" INTEGER NOT NULL,
    "cadence_new_customer_first_follow_up_days" INTEGER NOT NULL,
    "cadence_prospect_days" INTEGER NOT NULL,
    "cadence_refuse_beyond_daily_cap" INTEGER NOT NULL,
    "pool_daily_claim_cap" INTEGER NOT NULL,
    "pool_enabled" INTEGER NOT NULL,
    "pool_holding_cap" INTEGER NOT NULL,
    "pool_pause_while_contract_active" INTEGER NOT NULL,
    "pool_pause_while_deal_open" INTEGER NOT NULL,
    "pool_previous_owner_cooldown_hours" INTEGER NOT NULL,
    "pool_reclaim_after_days" INTEGER NOT NULL,
    "pool_reclaim_after_days_grade_a" INTEGER NULL,
    "pool_reclaim_after_days_grade_b" INTEGER NULL,
    "pool_reclaim_after_days_grade_c" INTEGER NULL,
    "pool_warning_days_ahead" INTEGER NOT NULL,
    "reminders_contact_verification_stale_days" INTEGER NOT NULL,
    "reminders_contract_expiry_lead_days" INTEGER NOT NULL,
    "reminders_digest_above" INTEGER NOT NULL,
    "reminders_due_soon_hours" INTEGER NOT NULL,
    "reminders_entry_deadline_hours" INTEGER NOT NULL,
    "reminders_grade_review_stale_days" INTEGER NOT NULL,
    "reminders_key_date_lead_days" INTEGER NOT NULL,
    "reminders_new_customer_window_days" INTEGER NOT NULL,
    "weights_complaint_rate" INTEGER NOT NULL,
    "weights_conversion_rate" INTEGER NOT NULL,
    "weights_customer_feedback" INTEGER NOT NULL,
    "weights_follow_up_timeliness" INTEGER NOT NULL,
    "weights_new_customers" INTEGER NOT NULL,
    "weights_professional_ability" INTEGER NOT NULL,
    "weights_sales_amount" INTEGER NOT NULL,
    "weights_satisfaction" INTEGER NOT NULL,
    "weights_service_attitude" INTEGER NOT NULL,
    "version" INTEGER NOT NULL
);

CREATE TABLE "follow_up_scan_marks" (
    "team_id" TEXT NOT NULL CONSTRAINT "pk_follow_up_scan_marks" PRIMARY KEY,
    "scanned_until" INTEGER NOT NULL,
    "due_soon_hours" INTEGER NOT NULL,
    "full_scan_at" INTEGER NOT NULL,
    CONSTRAINT "fk_follow_up_scan_marks_teams_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE
);

CREATE TABLE "users" (
    "id" TEXT NOT NULL CONSTRAINT "pk_users" PRIMARY KEY,
    "login" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "is_active" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_users_teams_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE RESTRICT
);

CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL CONSTRAINT "pk_api_tokens" PRIMARY KEY,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "expires_at" INTEGER NOT NULL,
    "revoked_at" INTEGER NULL,
    CONSTRAINT "fk_api_tokens_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE TABLE "customers" (
    "id" TEXT NOT NULL CONSTRAINT "pk_customers" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "owner_id" TEXT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "first_contact_at" INTEGER NOT NULL,
    "entered_at" INTEGER NOT NULL,
    "contact_verified_at" INTEGER NULL,
    "is_archived" INTEGER NOT NULL,
    "normalized_phone" TEXT NULL,
    "normalized_email" TEXT NULL,
    "normalized_company_name" TEXT NULL,
    "tags" TEXT NOT NULL,
    "grade" TEXT NULL,
    "supervisor_guide_id" TEXT NULL,
    "grade_reviewed_at" INTEGER NULL,
    "stage" TEXT NOT NULL,
    "cooperation_mode" TEXT NULL,
    "term_start" TEXT NULL,
    "term_end" TEXT NULL,
    "cooperation_results" TEXT NULL,
    "closed_reason" TEXT NULL,
    "merged_into_id" TEXT NULL,
    "last_follow_up_at" INTEGER NULL,
    "previous_owner_id" TEXT NULL,
    "released_to_pool_at" INTEGER NULL,
    "claimed_at" INTEGER NULL,
    "erased_at" INTEGER NULL,
    "satisfaction_score" INTEGER NULL,
    "loyalty_score" INTEGER NULL,
    "maintenance_strategy" TEXT NULL,
    "shared_with" TEXT NOT NULL,
    "evaluation_evaluated_at" INTEGER NULL,
    "evaluation_evaluated_by" TEXT NULL,
    "evaluation_loyalty" INTEGER NULL,
    "evaluation_note" TEXT NULL,
    "evaluation_purchase_intent" INTEGER NULL,
    "evaluation_purchasing_power" INTEGER NULL,
    "needs_budget_max" TEXT NULL,
    "needs_budget_min" TEXT NULL,
    "needs_currency" TEXT NOT NULL,
    "needs_decision_chain" TEXT NOT NULL,
    "needs_description" TEXT NULL,
    "needs_expected_close_on" TEXT NULL,
    "needs_product" TEXT NULL,
    "profile_address" TEXT NULL,
    "profile_birthday" TEXT NULL,
    "profile_company_size" TEXT NULL,
    "profile_custom_source" TEXT NULL,
    "profile_email" TEXT NULL,
    "profile_founded_on" TEXT NULL,
    "profile_gender" TEXT NULL,
    "profile_industry" TEXT NULL,
    "profile_main_business" TEXT NULL,
    "profile_occupation" TEXT NULL,
    "profile_personality" TEXT NULL,
    "profile_phone" TEXT NULL,
    "profile_preferences" TEXT NULL,
    "profile_source" TEXT NOT NULL,
    "profile_special_needs" TEXT NULL,
    "profile_we_chat" TEXT NULL,
    "profile_website" TEXT NULL,
    "reclaim_clock_paused_seconds" INTEGER NOT NULL,
    "reclaim_clock_paused_since" INTEGER NULL,
    "reclaim_clock_started_at" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_customers_teams_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_customers_users_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_customers_users_previous_owner_id" FOREIGN KEY ("previous_owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_customers_users_supervisor_guide_id" FOREIGN KEY ("supervisor_guide_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "idempotency_records" (
    "id" TEXT NOT NULL CONSTRAINT "pk_idempotency_records" PRIMARY KEY,
    "user_id" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "result_id" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    CONSTRAINT "fk_idempotency_records_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE TABLE "performance_ratings" (
    "id" TEXT NOT NULL CONSTRAINT "pk_performance_ratings" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "salesperson_id" TEXT NOT NULL,
    "supervisor_id" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "period_end" TEXT NOT NULL,
    "service_attitude" INTEGER NOT NULL,
    "professional_ability" INTEGER NOT NULL,
    "customer_feedback" INTEGER NOT NULL,
    "comment" TEXT NULL,
    "rated_at" INTEGER NOT NULL,
    "revised_at" INTEGER NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_performance_ratings_users_salesperson_id" FOREIGN KEY ("salesperson_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_performance_ratings_users_supervisor_id" FOREIGN KEY ("supervisor_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "reminder_sequences" (
    "recipient_id" TEXT NOT NULL CONSTRAINT "pk_reminder_sequences" PRIMARY KEY,
    "last" INTEGER NOT NULL,
    CONSTRAINT "fk_reminder_sequences_users_recipient_id" FOREIGN KEY ("recipient_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE TABLE "sheet_column_maps" (
    "id" TEXT NOT NULL CONSTRAINT "pk_sheet_column_maps" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "header_signature" TEXT NOT NULL,
    "column_map" TEXT NOT NULL,
    "ignored_columns" TEXT NOT NULL,
    "saved_by" TEXT NOT NULL,
    "saved_at" INTEGER NOT NULL,
    CONSTRAINT "fk_sheet_column_maps_teams_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_sheet_column_maps_users_saved_by" FOREIGN KEY ("saved_by") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "sheet_imports" (
    "id" TEXT NOT NULL CONSTRAINT "pk_sheet_imports" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "file_bytes" INTEGER NOT NULL,
    "file_sha256" TEXT NOT NULL,
    "started_at" INTEGER NOT NULL,
    "finished_at" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "rows_read" INTEGER NOT NULL,
    "created" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "skipped" INTEGER NOT NULL,
    "refused" INTEGER NOT NULL,
    CONSTRAINT "fk_sheet_imports_teams_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_sheet_imports_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "care_actions" (
    "id" TEXT NOT NULL CONSTRAINT "pk_care_actions" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NULL,
    "done_at" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_care_actions_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_care_actions_users_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "customer_contacts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_customer_contacts" PRIMARY KEY,
    "name" TEXT NOT NULL,
    "title" TEXT NULL,
    "phone" TEXT NULL,
    "email" TEXT NULL,
    "we_chat" TEXT NULL,
    "address" TEXT NULL,
    "notes" TEXT NULL,
    "is_key_decision_maker" INTEGER NOT NULL,
    "customer_id" TEXT NOT NULL,
    CONSTRAINT "fk_customer_contacts_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE
);

CREATE TABLE "customer_grade_changes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_customer_grade_changes" PRIMARY KEY AUTOINCREMENT,
    "from" TEXT NULL,
    "to" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "at" INTEGER NOT NULL,
    "customer_id" TEXT NOT NULL,
    CONSTRAINT "fk_customer_grade_changes_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE
);

CREATE TABLE "customer_issues" (
    "id" TEXT NOT NULL CONSTRAINT "pk_customer_issues" PRIMARY KEY,
    "description" TEXT NOT NULL,
    "analysis" TEXT NULL,
    "solution" TEXT NULL,
    "status" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    CONSTRAINT "fk_customer_issues_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE
);

CREATE TABLE "customer_key_dates" (
    "id" TEXT NOT NULL CONSTRAINT "pk_customer_key_dates" PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "recurs_yearly" INTEGER NOT NULL,
    "customer_id" TEXT NOT NULL,
    CONSTRAINT "fk_customer_key_dates_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE
);

CREATE TABLE "customer_purchases" (
    "id" TEXT NOT NULL CONSTRAINT "pk_customer_purchases" PRIMARY KEY,
    "product" TEXT NOT NULL,
    "purchased_on" TEXT NOT NULL,
    "amount" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    CONSTRAINT "fk_customer_purchases_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE
);

CREATE TABLE "customer_stage_changes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_customer_stage_changes" PRIMARY KEY AUTOINCREMENT,
    "from" TEXT NULL,
    "to" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "reason" TEXT NULL,
    "actor_id" TEXT NOT NULL,
    "at" INTEGER NOT NULL,
    "customer_id" TEXT NOT NULL,
    CONSTRAINT "fk_customer_stage_changes_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE
);

CREATE TABLE "deals" (
    "id" TEXT NOT NULL CONSTRAINT "pk_deals" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "amount" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "expected_close_on" TEXT NULL,
    "status" TEXT NOT NULL,
    "opened_at" INTEGER NOT NULL,
    "closed_at" INTEGER NULL,
    "lost_reason" TEXT NULL,
    "lost_note" TEXT NULL,
    "conversion_amount" TEXT NULL,
    "conversion_converted_at" INTEGER NULL,
    "conversion_cooperation_mode" TEXT NULL,
    "conversion_key_factor" TEXT NULL,
    "conversion_owner_id" TEXT NULL,
    "conversion_product" TEXT NULL,
    "conversion_term_end" TEXT NULL,
    "conversion_term_start" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_deals_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_deals_users_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "feedback" (
    "id" TEXT NOT NULL CONSTRAINT "pk_feedback" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "for_product_department" INTEGER NOT NULL,
    "received_at" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_feedback_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_feedback_users_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "follow_up_plans" (
    "id" TEXT NOT NULL CONSTRAINT "pk_follow_up_plans" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "due_at" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "prepared_content" TEXT NULL,
    "from_cadence" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "completed_by_record_id" TEXT NULL,
    "completed_at" INTEGER NULL,
    "done_on_time" INTEGER NULL,
    "cancel_reason" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "scheduled_at" INTEGER NOT NULL,
    "reminded_due_soon_for" INTEGER NULL,
    "reminded_overdue_for" INTEGER NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_follow_up_plans_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_follow_up_plans_users_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "follow_up_records" (
    "id" TEXT NOT NULL CONSTRAINT "pk_follow_up_records" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "contact_id" TEXT NULL,
    "happened_at" INTEGER NOT NULL,
    "recorded_at" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "customer_feedback" TEXT NULL,
    "result" TEXT NULL,
    "next_action" TEXT NULL,
    "next_follow_up_at" INTEGER NULL,
    "plan_id" TEXT NULL,
    "beyond_daily_cap" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_follow_up_records_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_follow_up_records_users_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "reminders" (
    "id" TEXT NOT NULL CONSTRAINT "pk_reminders" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "recipient_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "cause" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "subject_id" TEXT NULL,
    "due_at" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "chinese_message" TEXT NOT NULL,
    "issued_at" INTEGER NOT NULL,
    "time_zone_id" TEXT NULL,
    "subject_name" TEXT NULL,
    "occurred_at" INTEGER NULL,
    "detail" TEXT NULL,
    "days" INTEGER NULL,
    "customer_count" INTEGER NULL,
    "read_at" INTEGER NULL,
    "dismissed_at" INTEGER NULL,
    "snoozed_until" INTEGER NULL,
    "recipient_sequence" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_reminders_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_reminders_users_recipient_id" FOREIGN KEY ("recipient_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "satisfaction_surveys" (
    "id" TEXT NOT NULL CONSTRAINT "pk_satisfaction_surveys" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT NULL,
    "answered_at" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_satisfaction_surveys_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_satisfaction_surveys_users_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "service_records" (
    "id" TEXT NOT NULL CONSTRAINT "pk_service_records" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "requested_at" INTEGER NOT NULL,
    "answered_at" INTEGER NULL,
    "resolved_at" INTEGER NULL,
    "revisited_at" INTEGER NULL,
    "closed_at" INTEGER NULL,
    "answer_text" TEXT NULL,
    "result" TEXT NULL,
    "revisit_note" TEXT NULL,
    "satisfied" INTEGER NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_service_records_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_service_records_users_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "win_back_attempts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_win_back_attempts" PRIMARY KEY,
    "team_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "churn_reason" TEXT NOT NULL,
    "measures" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "effect" TEXT NULL,
    "started_at" INTEGER NOT NULL,
    "ended_at" INTEGER NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_win_back_attempts_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_win_back_attempts_users_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "reminder_digest_customers" (
    "reminder_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    CONSTRAINT "pk_reminder_digest_customers" PRIMARY KEY ("reminder_id", "customer_id"),
    CONSTRAINT "fk_reminder_digest_customers_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_reminder_digest_customers_reminders_reminder_id" FOREIGN KEY ("reminder_id") REFERENCES "reminders" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_api_tokens_user_id" ON "api_tokens" ("user_id");

CREATE UNIQUE INDEX "ux_api_tokens_secret_hash" ON "api_tokens" ("secret_hash");

CREATE INDEX "ix_audit_entries_actor_occurred" ON "audit_entries" ("actor_id", "occurred_at");

CREATE INDEX "ix_audit_entries_customer_occurred" ON "audit_entries" ("customer_id", "occurred_at");

CREATE INDEX "ix_audit_entries_team_occurred" ON "audit_entries" ("team_id", "occurred_at");

CREATE INDEX "ix_care_actions_customer_id_done_at_id" ON "care_actions" ("customer_id", "done_at", "id");

CREATE INDEX "ix_care_actions_owner_id" ON "care_actions" ("owner_id");

CREATE INDEX "ix_care_actions_team_id_done_at_id" ON "care_actions" ("team_id", "done_at", "id");

CREATE INDEX "ix_customer_accesses_customer_at" ON "customer_accesses" ("customer_id", "at");

CREATE INDEX "ix_customer_accesses_team_at" ON "customer_accesses" ("team_id", "at");

CREATE UNIQUE INDEX "ux_customer_accesses_user_customer_kind_day" ON "customer_accesses" ("user_id", "customer_id", "kind", "day");

CREATE INDEX "ix_customer_contacts_customer_id" ON "customer_contacts" ("customer_id");

CREATE INDEX "ix_customer_grade_changes_customer_id" ON "customer_grade_changes" ("customer_id");

CREATE INDEX "ix_customer_issues_customer_id" ON "customer_issues" ("customer_id");

CREATE INDEX "ix_customer_key_dates_customer_id" ON "customer_key_dates" ("customer_id");

CREATE INDEX "ix_customer_purchases_customer_id" ON "customer_purchases" ("customer_id");

CREATE INDEX "ix_customer_stage_changes_customer_id" ON "customer_stage_changes" ("customer_id");

CREATE INDEX "ix_customers_owner_id_entered_at_id" ON "customers" ("owner_id", "entered_at", "id");

CREATE INDEX "ix_customers_owner_id_name_id" ON "customers" ("owner_id", "name", "id");

CREATE INDEX "ix_customers_pool_by_entry" ON "customers" ("team_id", "entered_at", "id") WHERE owner_id IS NULL;

CREATE INDEX "ix_customers_pool_by_name" ON "customers" ("team_id", "name", "id") WHERE owner_id IS NULL;

CREATE INDEX "ix_customers_previous_owner_id" ON "customers" ("previous_owner_id");

CREATE INDEX "ix_customers_supervisor_guide_id" ON "customers" ("supervisor_guide_id");

CREATE INDEX "ix_customers_team_id_entered_at_id" ON "customers" ("team_id", "entered_at", "id");

CREATE INDEX "ix_customers_team_id_last_follow_up_at" ON "customers" ("team_id", "last_follow_up_at");

CREATE INDEX "ix_customers_team_id_name_id" ON "customers" ("team_id", "name", "id");

CREATE INDEX "ix_customers_team_id_normalized_company_name" ON "customers" ("team_id", "normalized_company_name");

CREATE INDEX "ix_customers_team_id_normalized_email" ON "customers" ("team_id", "normalized_email");

CREATE INDEX "ix_customers_team_id_normalized_phone" ON "customers" ("team_id", "normalized_phone");

CREATE INDEX "ix_customers_team_id_owner_id_entered_at_id" ON "customers" ("team_id", "owner_id", "entered_at", "id");

CREATE INDEX "ix_customers_team_id_owner_id_name_id" ON "customers" ("team_id", "owner_id", "name", "id");

CREATE INDEX "ix_customers_team_id_stage_grade" ON "customers" ("team_id", "stage", "grade");

CREATE INDEX "ix_deals_customer_id_status" ON "deals" ("customer_id", "status");

CREATE INDEX "ix_deals_owner_id_opened_at_id" ON "deals" ("owner_id", "opened_at", "id");

CREATE INDEX "ix_deals_team_id_opened_at_id" ON "deals" ("team_id", "opened_at", "id");

CREATE INDEX "ix_feedback_customer_id_received_at_id" ON "feedback" ("customer_id", "received_at", "id");

CREATE INDEX "ix_feedback_owner_id" ON "feedback" ("owner_id");

CREATE INDEX "ix_feedback_team_id_received_at_id" ON "feedback" ("team_id", "received_at", "id");

CREATE INDEX "ix_follow_up_plans_customer_id_due_at_id" ON "follow_up_plans" ("customer_id", "due_at", "id");

CREATE INDEX "ix_follow_up_plans_open_team_due_at" ON "follow_up_plans" ("team_id", "due_at", "id") WHERE status = 'Planned';

CREATE INDEX "ix_follow_up_plans_open_team_scheduled_at" ON "follow_up_plans" ("team_id", "scheduled_at") WHERE status = 'Planned';

CREATE INDEX "ix_follow_up_plans_owner_id_due_at_id" ON "follow_up_plans" ("owner_id", "due_at", "id");

CREATE INDEX "ix_follow_up_plans_team_id_due_at_id" ON "follow_up_plans" ("team_id", "due_at", "id");

CREATE INDEX "ix_follow_up_records_customer_id_happened_at_id" ON "follow_up_records" ("customer_id", "happened_at", "id");

CREATE INDEX "ix_follow_up_records_owner_id_happened_at_id" ON "follow_up_records" ("owner_id", "happened_at", "id");

CREATE INDEX "ix_follow_up_records_team_happened_at" ON "follow_up_records" ("team_id", "happened_at");

CREATE UNIQUE INDEX "ux_idempotency_records_user_operation_key" ON "idempotency_records" ("user_id", "operation", "key");

CREATE UNIQUE INDEX "ix_performance_ratings_salesperson_id_period_start_period_end" ON "performance_ratings" ("salesperson_id", "period_start", "period_end");

CREATE INDEX "ix_performance_ratings_supervisor_id" ON "performance_ratings" ("supervisor_id");

CREATE INDEX "ix_performance_ratings_team_id_period_start" ON "performance_ratings" ("team_id", "period_start");

CREATE INDEX "ix_reminder_digest_customers_customer_id" ON "reminder_digest_customers" ("customer_id");

CREATE INDEX "ix_reminders_customer_id" ON "reminders" ("customer_id");

CREATE INDEX "ix_reminders_recipient_id_id" ON "reminders" ("recipient_id", "id");

CREATE INDEX "ix_reminders_team_id_kind_issued_at" ON "reminders" ("team_id", "kind", "issued_at");

CREATE UNIQUE INDEX "ux_reminders_key" ON "reminders" ("key");

CREATE UNIQUE INDEX "ux_reminders_recipient_sequence" ON "reminders" ("recipient_id", "recipient_sequence");

CREATE INDEX "ix_satisfaction_surveys_customer_id_answered_at_id" ON "satisfaction_surveys" ("customer_id", "answered_at", "id");

CREATE INDEX "ix_satisfaction_surveys_owner_id" ON "satisfaction_surveys" ("owner_id");

CREATE INDEX "ix_satisfaction_surveys_team_id_answered_at_id" ON "satisfaction_surveys" ("team_id", "answered_at", "id");

CREATE INDEX "ix_service_records_customer_id_requested_at_id" ON "service_records" ("customer_id", "requested_at", "id");

CREATE INDEX "ix_service_records_owner_id_status" ON "service_records" ("owner_id", "status");

CREATE INDEX "ix_service_records_team_id_requested_at_id" ON "service_records" ("team_id", "requested_at", "id");

CREATE INDEX "ix_sheet_column_maps_saved_by" ON "sheet_column_maps" ("saved_by");

CREATE UNIQUE INDEX "ux_sheet_column_maps_team_template_headers" ON "sheet_column_maps" ("team_id", "template", "header_signature");

CREATE INDEX "ix_sheet_imports_team_started_at" ON "sheet_imports" ("team_id", "started_at");

CREATE INDEX "ix_sheet_imports_user_id" ON "sheet_imports" ("user_id");

CREATE UNIQUE INDEX "ix_users_login" ON "users" ("login");

CREATE INDEX "ix_users_team_id" ON "users" ("team_id");

CREATE INDEX "ix_win_back_attempts_customer_id_started_at_id" ON "win_back_attempts" ("customer_id", "started_at", "id");

CREATE INDEX "ix_win_back_attempts_owner_id" ON "win_back_attempts" ("owner_id");

CREATE INDEX "ix_win_back_attempts_team_id_started_at_id" ON "win_back_attempts" ("team_id", "started_at", "id");
