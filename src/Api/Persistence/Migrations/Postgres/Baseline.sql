-- CrmGraph 0.1 baseline, generated from the EF model by `dotnet run --project tools/Migrations -- baseline`.
CREATE TABLE audit_entries (
    id uuid NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    actor_id uuid,
    entity_type character varying(64) NOT NULL,
    entity_id uuid NOT NULL,
    customer_id uuid,
    team_id uuid,
    action character varying(16) NOT NULL,
    changes text NOT NULL,
    CONSTRAINT pk_audit_entries PRIMARY KEY (id)
);

CREATE TABLE customer_accesses (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    team_id uuid NOT NULL,
    kind character varying(16) NOT NULL,
    day date NOT NULL,
    at timestamp with time zone NOT NULL,
    CONSTRAINT pk_customer_accesses PRIMARY KEY (id)
);

CREATE TABLE teams (
    id uuid NOT NULL,
    name character varying(100) NOT NULL,
    time_zone_id character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    custom_sources text[] NOT NULL,
    cadence_daily_cap_per_customer integer NOT NULL,
    cadence_established_days integer NOT NULL,
    cadence_grade_a_days integer NOT NULL,
    cadence_grade_b_days integer NOT NULL,
    cadence_grade_c_days integer NOT NULL,
    cadence_new_customer_first_follow_up_days integer NOT NULL,
    cadence_prospect_days integer NOT NULL,
    cadence_refuse_beyond_daily_cap boolean NOT NULL,
    pool_daily_claim_cap integer NOT NULL,
    pool_enabled boolean NOT NULL,
    pool_holding_cap integer NOT NULL,
    pool_pause_while_contract_active boolean NOT NULL,
    pool_pause_while_deal_open boolean NOT NULL,
    pool_previous_owner_cooldown_hours integer NOT NULL,
    pool_reclaim_after_days integer NOT NULL,
    pool_reclaim_after_days_grade_a integer,
    pool_reclaim_after_days_grade_b integer,
    pool_reclaim_after_days_grade_c integer,
    pool_warning_days_ahead integer NOT NULL,
    reminders_contact_verification_stale_days integer NOT NULL,
    reminders_contract_expiry_lead_days integer NOT NULL,
    reminders_digest_above integer NOT NULL,
    reminders_due_soon_hours integer NOT NULL,
    reminders_entry_deadline_hours integer NOT NULL,
    reminders_grade_review_stale_days integer NOT NULL,
    reminders_key_date_lead_days integer NOT NULL,
    reminders_new_customer_window_days integer NOT NULL,
    weights_complaint_rate integer NOT NULL,
    weights_conversion_rate integer NOT NULL,
    weights_customer_feedback integer NOT NULL,
    weights_follow_up_timeliness integer NOT NULL,
    weights_new_customers integer NOT NULL,
    weights_professional_ability integer NOT NULL,
    weights_sales_amount integer NOT NULL,
    weights_satisfaction integer NOT NULL,
    weights_service_attitude integer NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_teams PRIMARY KEY (id)
);

CREATE TABLE follow_up_scan_marks (
    team_id uuid NOT NULL,
    scanned_until timestamp with time zone NOT NULL,
    due_soon_hours integer NOT NULL,
    full_scan_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_follow_up_scan_marks PRIMARY KEY (team_id),
    CONSTRAINT fk_follow_up_scan_marks_teams_team_id FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE
);

CREATE TABLE users (
    id uuid NOT NULL,
    login character varying(64) NOT NULL,
    display_name character varying(100) NOT NULL,
    role character varying(16) NOT NULL,
    team_id uuid NOT NULL,
    is_active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT fk_users_teams_team_id FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE RESTRICT
);

CREATE TABLE api_tokens (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    name character varying(100) NOT NULL,
    scope character varying(16) NOT NULL,
    secret_hash character varying(64) NOT NULL,
    prefix character varying(14) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    CONSTRAINT pk_api_tokens PRIMARY KEY (id),
    CONSTRAINT fk_api_tokens_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE customers (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    owner_id uuid,
    kind character varying(16) NOT NULL,
    name character varying(200) NOT NULL,
    first_contact_at timestamp with time zone NOT NULL,
    entered_at timestamp with time zone NOT NULL,
    contact_verified_at timestamp with time zone,
    is_archived boolean NOT NULL,
    normalized_phone character varying(80),
    normalized_email character varying(80),
    normalized_company_name character varying(200),
    tags text[] NOT NULL,
    grade character varying(1),
    supervisor_guide_id uuid,
    grade_reviewed_at timestamp with time zone,
    stage character varying(16) NOT NULL,
    cooperation_mode character varying(200),
    term_start date,
    term_end date,
    cooperation_results character varying(2000),
    closed_reason character varying(500),
    merged_into_id uuid,
    last_follow_up_at timestamp with time zone,
    previous_owner_id uuid,
    released_to_pool_at timestamp with time zone,
    claimed_at timestamp with time zone,
    erased_at timestamp with time zone,
    satisfaction_score integer,
    loyalty_score integer,
    maintenance_strategy character varying(2000),
    shared_with uuid[] NOT NULL,
    evaluation_evaluated_at timestamp with time zone,
    evaluation_evaluated_by uuid,
    evaluation_loyalty integer,
    evaluation_note text,
    evaluation_purchase_intent integer,
    evaluation_purchasing_power integer,
    needs_budget_max numeric(18,2),
    needs_budget_min numeric(18,2),
    needs_currency character varying(3) NOT NULL,
    needs_decision_chain character varying(16) NOT NULL,
    needs_description character varying(2000),
    needs_expected_close_on date,
    needs_product character varying(200),
    profile_address character varying(1024),
    profile_birthday character varying(1024),
    profile_company_size character varying(50),
    profile_custom_source character varying(50),
    profile_email character varying(1024),
    profile_founded_on date,
    profile_gender character varying(16),
    profile_industry character varying(100),
    profile_main_business character varying(500),
    profile_occupation character varying(100),
    profile_personality character varying(2000),
    profile_phone character varying(1024),
    profile_preferences character varying(2000),
    profile_source character varying(16) NOT NULL,
    profile_special_needs character varying(2000),
    profile_we_chat character varying(1024),
    profile_website character varying(200),
    reclaim_clock_paused_seconds bigint NOT NULL,
    reclaim_clock_paused_since timestamp with time zone,
    reclaim_clock_started_at timestamp with time zone NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_customers PRIMARY KEY (id),
    CONSTRAINT fk_customers_teams_team_id FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE RESTRICT,
    CONSTRAINT fk_customers_users_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_customers_users_previous_owner_id FOREIGN KEY (previous_owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_customers_users_supervisor_guide_id FOREIGN KEY (supervisor_guide_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE idempotency_records (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    operation character varying(64) NOT NULL,
    key character varying(100) NOT NULL,
    request_hash character varying(64) NOT NULL,
    result_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_idempotency_records PRIMARY KEY (id),
    CONSTRAINT fk_idempotency_records_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE performance_ratings (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    salesperson_id uuid NOT NULL,
    supervisor_id uuid NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    service_attitude integer NOT NULL,
    professional_ability integer NOT NULL,
    customer_feedback integer NOT NULL,
    comment character varying(2000),
    rated_at timestamp with time zone NOT NULL,
    revised_at timestamp with time zone,
    version integer NOT NULL,
    CONSTRAINT pk_performance_ratings PRIMARY KEY (id),
    CONSTRAINT fk_performance_ratings_users_salesperson_id FOREIGN KEY (salesperson_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_performance_ratings_users_supervisor_id FOREIGN KEY (supervisor_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE reminder_sequences (
    recipient_id uuid NOT NULL,
    last bigint NOT NULL,
    CONSTRAINT pk_reminder_sequences PRIMARY KEY (recipient_id),
    CONSTRAINT fk_reminder_sequences_users_recipient_id FOREIGN KEY (recipient_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE sheet_column_maps (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    template character varying(32) NOT NULL,
    header_signature character varying(64) NOT NULL,
    column_map text NOT NULL,
    ignored_columns text NOT NULL,
    saved_by uuid NOT NULL,
    saved_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_sheet_column_maps PRIMARY KEY (id),
    CONSTRAINT fk_sheet_column_maps_teams_team_id FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_sheet_column_maps_users_saved_by FOREIGN KEY (saved_by) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE sheet_imports (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    user_id uuid NOT NULL,
    template character varying(32) NOT NULL,
    file_name character varying(260) NOT NULL,
    file_bytes bigint NOT NULL,
    file_sha256 character varying(64) NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone NOT NULL,
    outcome character varying(32) NOT NULL,
    rows_read integer NOT NULL,
    created integer NOT NULL,
    updated integer NOT NULL,
    skipped integer NOT NULL,
    refused integer NOT NULL,
    CONSTRAINT pk_sheet_imports PRIMARY KEY (id),
    CONSTRAINT fk_sheet_imports_teams_team_id FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_sheet_imports_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE care_actions (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    owner_id uuid NOT NULL,
    kind character varying(24) NOT NULL,
    note character varying(2000),
    done_at timestamp with time zone NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_care_actions PRIMARY KEY (id),
    CONSTRAINT fk_care_actions_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_care_actions_users_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE customer_contacts (
    id uuid NOT NULL,
    name character varying(100) NOT NULL,
    title character varying(100),
    phone character varying(1024),
    email character varying(1024),
    we_chat character varying(1024),
    address character varying(1024),
    notes character varying(2000),
    is_key_decision_maker boolean NOT NULL,
    customer_id uuid NOT NULL,
    CONSTRAINT pk_customer_contacts PRIMARY KEY (id),
    CONSTRAINT fk_customer_contacts_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE TABLE customer_grade_changes (
    id bigint GENERATED BY DEFAULT AS IDENTITY,
    "from" character varying(1),
    "to" character varying(1) NOT NULL,
    reason character varying(500) NOT NULL,
    actor_id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    customer_id uuid NOT NULL,
    CONSTRAINT pk_customer_grade_changes PRIMARY KEY (id),
    CONSTRAINT fk_customer_grade_changes_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE TABLE customer_issues (
    id uuid NOT NULL,
    description character varying(1000) NOT NULL,
    analysis character varying(2000),
    solution character varying(2000),
    status character varying(16) NOT NULL,
    customer_id uuid NOT NULL,
    CONSTRAINT pk_customer_issues PRIMARY KEY (id),
    CONSTRAINT fk_customer_issues_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE TABLE customer_key_dates (
    id uuid NOT NULL,
    kind character varying(24) NOT NULL,
    date date NOT NULL,
    label character varying(100) NOT NULL,
    recurs_yearly boolean NOT NULL,
    customer_id uuid NOT NULL,
    CONSTRAINT pk_customer_key_dates PRIMARY KEY (id),
    CONSTRAINT fk_customer_key_dates_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE TABLE customer_purchases (
    id uuid NOT NULL,
    product character varying(200) NOT NULL,
    purchased_on date NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    customer_id uuid NOT NULL,
    CONSTRAINT pk_customer_purchases PRIMARY KEY (id),
    CONSTRAINT fk_customer_purchases_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE TABLE customer_stage_changes (
    id bigint GENERATED BY DEFAULT AS IDENTITY,
    "from" character varying(16),
    "to" character varying(16) NOT NULL,
    trigger character varying(24) NOT NULL,
    reason character varying(500),
    actor_id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    customer_id uuid NOT NULL,
    CONSTRAINT pk_customer_stage_changes PRIMARY KEY (id),
    CONSTRAINT fk_customer_stage_changes_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE TABLE deals (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    owner_id uuid NOT NULL,
    product character varying(200) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    expected_close_on date,
    status character varying(8) NOT NULL,
    opened_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    lost_reason character varying(16),
    lost_note character varying(1000),
    conversion_amount numeric(18,2),
    conversion_converted_at timestamp with time zone,
    conversion_cooperation_mode character varying(200),
    conversion_key_factor character varying(500),
    conversion_owner_id uuid,
    conversion_product character varying(200),
    conversion_term_end date,
    conversion_term_start date,
    version integer NOT NULL,
    CONSTRAINT pk_deals PRIMARY KEY (id),
    CONSTRAINT fk_deals_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_deals_users_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE feedback (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    owner_id uuid NOT NULL,
    category character varying(16) NOT NULL,
    content character varying(4000) NOT NULL,
    for_product_department boolean NOT NULL,
    received_at timestamp with time zone NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_feedback PRIMARY KEY (id),
    CONSTRAINT fk_feedback_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_feedback_users_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE follow_up_plans (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    owner_id uuid NOT NULL,
    due_at timestamp with time zone NOT NULL,
    channel character varying(16) NOT NULL,
    purpose character varying(24) NOT NULL,
    prepared_content character varying(2000),
    from_cadence boolean NOT NULL,
    status character varying(16) NOT NULL,
    completed_by_record_id uuid,
    completed_at timestamp with time zone,
    done_on_time boolean,
    cancel_reason character varying(500),
    created_at timestamp with time zone NOT NULL,
    scheduled_at timestamp with time zone NOT NULL,
    reminded_due_soon_for timestamp with time zone,
    reminded_overdue_for timestamp with time zone,
    version integer NOT NULL,
    CONSTRAINT pk_follow_up_plans PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_plans_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_follow_up_plans_users_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE follow_up_records (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    owner_id uuid NOT NULL,
    contact_id uuid,
    happened_at timestamp with time zone NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    channel character varying(16) NOT NULL,
    purpose character varying(24) NOT NULL,
    content character varying(4000) NOT NULL,
    customer_feedback character varying(2000),
    result character varying(1000),
    next_action character varying(1000),
    next_follow_up_at timestamp with time zone,
    plan_id uuid,
    beyond_daily_cap boolean NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_follow_up_records PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_records_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_follow_up_records_users_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE reminders (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    recipient_id uuid NOT NULL,
    kind character varying(32) NOT NULL,
    cause character varying(200) NOT NULL,
    key character varying(200) NOT NULL,
    subject_id uuid,
    due_at timestamp with time zone NOT NULL,
    message character varying(500) NOT NULL,
    chinese_message character varying(500) NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    time_zone_id character varying(64),
    subject_name character varying(200),
    occurred_at timestamp with time zone,
    detail character varying(200),
    days integer,
    customer_count integer,
    read_at timestamp with time zone,
    dismissed_at timestamp with time zone,
    snoozed_until timestamp with time zone,
    recipient_sequence bigint NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_reminders PRIMARY KEY (id),
    CONSTRAINT fk_reminders_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_reminders_users_recipient_id FOREIGN KEY (recipient_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE satisfaction_surveys (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    owner_id uuid NOT NULL,
    score integer NOT NULL,
    comment character varying(2000),
    answered_at timestamp with time zone NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_satisfaction_surveys PRIMARY KEY (id),
    CONSTRAINT fk_satisfaction_surveys_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_satisfaction_surveys_users_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE service_records (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    owner_id uuid NOT NULL,
    type character varying(16) NOT NULL,
    status character varying(16) NOT NULL,
    content character varying(4000) NOT NULL,
    requested_at timestamp with time zone NOT NULL,
    answered_at timestamp with time zone,
    resolved_at timestamp with time zone,
    revisited_at timestamp with time zone,
    closed_at timestamp with time zone,
    answer_text character varying(4000),
    result character varying(4000),
    revisit_note character varying(2000),
    satisfied boolean,
    version integer NOT NULL,
    CONSTRAINT pk_service_records PRIMARY KEY (id),
    CONSTRAINT fk_service_records_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_service_records_users_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE win_back_attempts (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    owner_id uuid NOT NULL,
    churn_reason character varying(500) NOT NULL,
    measures character varying(2000) NOT NULL,
    outcome character varying(16) NOT NULL,
    effect character varying(2000),
    started_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    version integer NOT NULL,
    CONSTRAINT pk_win_back_attempts PRIMARY KEY (id),
    CONSTRAINT fk_win_back_attempts_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_win_back_attempts_users_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT
);

CREATE TABLE reminder_digest_customers (
    reminder_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    CONSTRAINT pk_reminder_digest_customers PRIMARY KEY (reminder_id, customer_id),
    CONSTRAINT fk_reminder_digest_customers_customers_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_reminder_digest_customers_reminders_reminder_id FOREIGN KEY (reminder_id) REFERENCES reminders (id) ON DELETE CASCADE
);

CREATE INDEX ix_api_tokens_user_id ON api_tokens (user_id);

CREATE UNIQUE INDEX ux_api_tokens_secret_hash ON api_tokens (secret_hash);

CREATE INDEX ix_audit_entries_actor_occurred ON audit_entries (actor_id, occurred_at);

CREATE INDEX ix_audit_entries_customer_occurred ON audit_entries (customer_id, occurred_at);

CREATE INDEX ix_audit_entries_team_occurred ON audit_entries (team_id, occurred_at);

CREATE INDEX ix_care_actions_customer_id_done_at_id ON care_actions (customer_id, done_at, id);

CREATE INDEX ix_care_actions_owner_id ON care_actions (owner_id);

CREATE INDEX ix_care_actions_team_id_done_at_id ON care_actions (team_id, done_at, id);

CREATE INDEX ix_customer_accesses_customer_at ON customer_accesses (customer_id, at);

CREATE INDEX ix_customer_accesses_team_at ON customer_accesses (team_id, at);

CREATE UNIQUE INDEX ux_customer_accesses_user_customer_kind_day ON customer_accesses (user_id, customer_id, kind, day);

CREATE INDEX ix_customer_contacts_customer_id ON customer_contacts (customer_id);

CREATE INDEX ix_customer_grade_changes_customer_id ON customer_grade_changes (customer_id);

CREATE INDEX ix_customer_issues_customer_id ON customer_issues (customer_id);

CREATE INDEX ix_customer_key_dates_customer_id ON customer_key_dates (customer_id);

CREATE INDEX ix_customer_purchases_customer_id ON customer_purchases (customer_id);

CREATE INDEX ix_customer_stage_changes_customer_id ON customer_stage_changes (customer_id);

CREATE INDEX ix_customers_owner_id_entered_at_id ON customers (owner_id, entered_at, id);

CREATE INDEX ix_customers_owner_id_name_id ON customers (owner_id, name, id);

CREATE INDEX ix_customers_pool_by_entry ON customers (team_id, entered_at, id) WHERE owner_id IS NULL;

CREATE INDEX ix_customers_pool_by_name ON customers (team_id, name, id) WHERE owner_id IS NULL;

CREATE INDEX ix_customers_previous_owner_id ON customers (previous_owner_id);

CREATE INDEX ix_customers_shared_with ON customers USING gin (shared_with);

CREATE INDEX ix_customers_supervisor_guide_id ON customers (supervisor_guide_id);

CREATE INDEX ix_customers_team_id_entered_at_id ON customers (team_id, entered_at, id);

CREATE INDEX ix_customers_team_id_last_follow_up_at ON customers (team_id, last_follow_up_at);

CREATE INDEX ix_customers_team_id_name_id ON customers (team_id, name, id);

CREATE INDEX ix_customers_team_id_normalized_company_name ON customers (team_id, normalized_company_name);

CREATE INDEX ix_customers_team_id_normalized_email ON customers (team_id, normalized_email);

CREATE INDEX ix_customers_team_id_normalized_phone ON customers (team_id, normalized_phone);

CREATE INDEX ix_customers_team_id_owner_id_entered_at_id ON customers (team_id, owner_id, entered_at, id);

CREATE INDEX ix_customers_team_id_owner_id_name_id ON customers (team_id, owner_id, name, id);

CREATE INDEX ix_customers_team_id_stage_grade ON customers (team_id, stage, grade);

CREATE INDEX ix_deals_customer_id_status ON deals (customer_id, status);

CREATE INDEX ix_deals_owner_id_opened_at_id ON deals (owner_id, opened_at, id);

CREATE INDEX ix_deals_team_id_opened_at_id ON deals (team_id, opened_at, id);

CREATE INDEX ix_feedback_customer_id_received_at_id ON feedback (customer_id, received_at, id);

CREATE INDEX ix_feedback_owner_id ON feedback (owner_id);

CREATE INDEX ix_feedback_team_id_received_at_id ON feedback (team_id, received_at, id);

CREATE INDEX ix_follow_up_plans_customer_id_due_at_id ON follow_up_plans (customer_id, due_at, id);

CREATE INDEX ix_follow_up_plans_open_team_due_at ON follow_up_plans (team_id, due_at, id) INCLUDE (reminded_overdue_for, reminded_due_soon_for) WHERE status = 'Planned';

CREATE INDEX ix_follow_up_plans_open_team_scheduled_at ON follow_up_plans (team_id, scheduled_at) INCLUDE (id, due_at, reminded_overdue_for, reminded_due_soon_for) WHERE status = 'Planned';

CREATE INDEX ix_follow_up_plans_owner_id_due_at_id ON follow_up_plans (owner_id, due_at, id);

CREATE INDEX ix_follow_up_plans_team_id_due_at_id ON follow_up_plans (team_id, due_at, id);

CREATE INDEX ix_follow_up_records_customer_id_happened_at_id ON follow_up_records (customer_id, happened_at, id);

CREATE INDEX ix_follow_up_records_owner_id_happened_at_id ON follow_up_records (owner_id, happened_at, id);

CREATE INDEX ix_follow_up_records_team_happened_at ON follow_up_records (team_id, happened_at) INCLUDE (customer_id, owner_id, channel, recorded_at);

CREATE UNIQUE INDEX ux_idempotency_records_user_operation_key ON idempotency_records (user_id, operation, key);

CREATE UNIQUE INDEX ix_performance_ratings_salesperson_id_period_start_period_end ON performance_ratings (salesperson_id, period_start, period_end);

CREATE INDEX ix_performance_ratings_supervisor_id ON performance_ratings (supervisor_id);

CREATE INDEX ix_performance_ratings_team_id_period_start ON performance_ratings (team_id, period_start);

CREATE INDEX ix_reminder_digest_customers_customer_id ON reminder_digest_customers (customer_id);

CREATE INDEX ix_reminders_customer_id ON reminders (customer_id);

CREATE INDEX ix_reminders_recipient_id_id ON reminders (recipient_id, id);

CREATE INDEX ix_reminders_team_id_kind_issued_at ON reminders (team_id, kind, issued_at);

CREATE UNIQUE INDEX ux_reminders_key ON reminders (key);

CREATE UNIQUE INDEX ux_reminders_recipient_sequence ON reminders (recipient_id, recipient_sequence);

CREATE INDEX ix_satisfaction_surveys_customer_id_answered_at_id ON satisfaction_surveys (customer_id, answered_at, id);

CREATE INDEX ix_satisfaction_surveys_owner_id ON satisfaction_surveys (owner_id);

CREATE INDEX ix_satisfaction_surveys_team_id_answered_at_id ON satisfaction_surveys (team_id, answered_at, id);

CREATE INDEX ix_service_records_customer_id_requested_at_id ON service_records (customer_id, requested_at, id);

CREATE INDEX ix_service_records_owner_id_status ON service_records (owner_id, status);

CREATE INDEX ix_service_records_team_id_requested_at_id ON service_records (team_id, requested_at, id);

CREATE INDEX ix_sheet_column_maps_saved_by ON sheet_column_maps (saved_by);

CREATE UNIQUE INDEX ux_sheet_column_maps_team_template_headers ON sheet_column_maps (team_id, template, header_signature);

CREATE INDEX ix_sheet_imports_team_started_at ON sheet_imports (team_id, started_at);

CREATE INDEX ix_sheet_imports_user_id ON sheet_imports (user_id);

CREATE UNIQUE INDEX ix_users_login ON users (login);

CREATE INDEX ix_users_team_id ON users (team_id);

CREATE INDEX ix_win_back_attempts_customer_id_started_at_id ON win_back_attempts (customer_id, started_at, id);

CREATE INDEX ix_win_back_attempts_owner_id ON win_back_attempts (owner_id);

CREATE INDEX ix_win_back_attempts_team_id_started_at_id ON win_back_attempts (team_id, started_at, id);
