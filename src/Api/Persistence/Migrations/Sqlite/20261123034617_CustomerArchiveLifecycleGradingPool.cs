using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomerArchiveLifecycleGradingPool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_customers_owner_id_id",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_team_id_id",
                table: "customers");

            migrationBuilder.AddColumn<int>(
                name: "cadence_daily_cap_per_customer",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "cadence_established_days",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "cadence_grade_a_days",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "cadence_grade_b_days",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "cadence_grade_c_days",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "cadence_new_customer_first_follow_up_days",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "cadence_prospect_days",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "cadence_refuse_beyond_daily_cap",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "custom_sources",
                table: "teams",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "pool_daily_claim_cap",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "pool_enabled",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "pool_holding_cap",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "pool_pause_while_contract_active",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "pool_pause_while_deal_open",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "pool_previous_owner_cooldown_hours",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "pool_reclaim_after_days",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "pool_reclaim_after_days_grade_a",
                table: "teams",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "pool_reclaim_after_days_grade_b",
                table: "teams",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "pool_reclaim_after_days_grade_c",
                table: "teams",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "pool_warning_days_ahead",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "reminders_contact_verification_stale_days",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "reminders_contract_expiry_lead_days",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "reminders_due_soon_hours",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "reminders_entry_deadline_hours",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "reminders_grade_review_stale_days",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "reminders_key_date_lead_days",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "weights_complaint_rate",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "weights_conversion_rate",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "weights_customer_feedback",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "weights_follow_up_timeliness",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "weights_new_customers",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "weights_professional_ability",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "weights_sales_amount",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "weights_satisfaction",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "weights_service_attitude",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<Guid>(
                name: "owner_id",
                table: "customers",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "closed_reason",
                table: "customers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "contact_verified_at",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cooperation_mode",
                table: "customers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cooperation_results",
                table: "customers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "evaluation_evaluated_at",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "evaluation_evaluated_by",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "evaluation_loyalty",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "evaluation_note",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "evaluation_purchase_intent",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "evaluation_purchasing_power",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "grade",
                table: "customers",
                type: "TEXT",
                maxLength: 1,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "grade_reviewed_at",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_archived",
                table: "customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "last_follow_up_at",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "needs_budget_max",
                table: "customers",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "needs_budget_min",
                table: "customers",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "needs_currency",
                table: "customers",
                type: "TEXT",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "needs_decision_chain",
                table: "customers",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "needs_description",
                table: "customers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "needs_expected_close_on",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "needs_product",
                table: "customers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "normalized_company_name",
                table: "customers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "normalized_email",
                table: "customers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "normalized_phone",
                table: "customers",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "previous_owner_id",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_address",
                table: "customers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "profile_birthday",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_company_size",
                table: "customers",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_custom_source",
                table: "customers",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_email",
                table: "customers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "profile_founded_on",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_gender",
                table: "customers",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_industry",
                table: "customers",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_main_business",
                table: "customers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_occupation",
                table: "customers",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_personality",
                table: "customers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_phone",
                table: "customers",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_preferences",
                table: "customers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_source",
                table: "customers",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "profile_special_needs",
                table: "customers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_we_chat",
                table: "customers",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "profile_website",
                table: "customers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "reclaim_clock_paused_seconds",
                table: "customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "reclaim_clock_paused_since",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "reclaim_clock_started_at",
                table: "customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "released_to_pool_at",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "stage",
                table: "customers",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "supervisor_guide_id",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "tags",
                table: "customers",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "term_end",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "term_start",
                table: "customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "customer_contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    we_chat = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    is_key_decision_maker = table.Column<bool>(type: "INTEGER", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_contacts_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customer_grade_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    from = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    to = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_grade_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_grade_changes_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customer_issues",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    analysis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    solution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_issues", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_issues_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customer_key_dates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    recurs_yearly = table.Column<bool>(type: "INTEGER", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_key_dates", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_key_dates_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customer_purchases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    purchased_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_purchases", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_purchases_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customer_stage_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    from = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    to = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_stage_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_stage_changes_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_customers_owner_id_entered_at_id",
                table: "customers",
                columns: new[] { "owner_id", "entered_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_previous_owner_id",
                table: "customers",
                column: "previous_owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_customers_supervisor_guide_id",
                table: "customers",
                column: "supervisor_guide_id");

            migrationBuilder.CreateIndex(
                name: "ix_customers_team_id_entered_at_id",
                table: "customers",
                columns: new[] { "team_id", "entered_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_team_id_name_id",
                table: "customers",
                columns: new[] { "team_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_team_id_normalized_company_name",
                table: "customers",
                columns: new[] { "team_id", "normalized_company_name" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_team_id_normalized_email",
                table: "customers",
                columns: new[] { "team_id", "normalized_email" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_team_id_normalized_phone",
                table: "customers",
                columns: new[] { "team_id", "normalized_phone" });

            migrationBuilder.CreateIndex(
                name: "ix_customer_contacts_customer_id",
                table: "customer_contacts",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_grade_changes_customer_id",
                table: "customer_grade_changes",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_issues_customer_id",
                table: "customer_issues",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_key_dates_customer_id",
                table: "customer_key_dates",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_purchases_customer_id",
                table: "customer_purchases",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_stage_changes_customer_id",
                table: "customer_stage_changes",
                column: "customer_id");

            migrationBuilder.AddForeignKey(
                name: "fk_customers_users_previous_owner_id",
                table: "customers",
                column: "previous_owner_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_customers_users_supervisor_guide_id",
                table: "customers",
                column: "supervisor_guide_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // Hand-written (ADR-002): existing rows get the domain defaults.
            Backfills.CustomerArchiveLifecycleGradingPool(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_customers_users_previous_owner_id",
                table: "customers");

            migrationBuilder.DropForeignKey(
                name: "fk_customers_users_supervisor_guide_id",
                table: "customers");

            migrationBuilder.DropTable(
                name: "customer_contacts");

            migrationBuilder.DropTable(
                name: "customer_grade_changes");

            migrationBuilder.DropTable(
                name: "customer_issues");

            migrationBuilder.DropTable(
                name: "customer_key_dates");

            migrationBuilder.DropTable(
                name: "customer_purchases");

            migrationBuilder.DropTable(
                name: "customer_stage_changes");

            migrationBuilder.DropIndex(
                name: "ix_customers_owner_id_entered_at_id",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_previous_owner_id",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_supervisor_guide_id",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_team_id_entered_at_id",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_team_id_name_id",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_team_id_normalized_company_name",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_team_id_normalized_email",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_team_id_normalized_phone",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "cadence_daily_cap_per_customer",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "cadence_established_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "cadence_grade_a_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "cadence_grade_b_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "cadence_grade_c_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "cadence_new_customer_first_follow_up_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "cadence_prospect_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "cadence_refuse_beyond_daily_cap",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "custom_sources",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "pool_daily_claim_cap",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "pool_enabled",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "pool_holding_cap",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "pool_pause_while_contract_active",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "pool_pause_while_deal_open",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "pool_previous_owner_cooldown_hours",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "pool_reclaim_after_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "pool_reclaim_after_days_grade_a",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "pool_reclaim_after_days_grade_b",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "pool_reclaim_after_days_grade_c",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "pool_warning_days_ahead",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "reminders_contact_verification_stale_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "reminders_contract_expiry_lead_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "reminders_due_soon_hours",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "reminders_entry_deadline_hours",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "reminders_grade_review_stale_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "reminders_key_date_lead_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "weights_complaint_rate",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "weights_conversion_rate",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "weights_customer_feedback",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "weights_follow_up_timeliness",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "weights_new_customers",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "weights_professional_ability",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "weights_sales_amount",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "weights_satisfaction",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "weights_service_attitude",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "closed_reason",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "contact_verified_at",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "cooperation_mode",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "cooperation_results",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "evaluation_evaluated_at",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "evaluation_evaluated_by",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "evaluation_loyalty",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "evaluation_note",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "evaluation_purchase_intent",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "evaluation_purchasing_power",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "grade",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "grade_reviewed_at",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "is_archived",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "last_follow_up_at",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "needs_budget_max",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "needs_budget_min",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "needs_currency",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "needs_decision_chain",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "needs_description",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "needs_expected_close_on",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "needs_product",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "normalized_company_name",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "normalized_email",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "normalized_phone",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "previous_owner_id",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_address",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_birthday",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_company_size",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_custom_source",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_email",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_founded_on",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_gender",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_industry",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_main_business",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_occupation",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_personality",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_phone",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_preferences",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_source",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_special_needs",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_we_chat",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "profile_website",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "reclaim_clock_paused_seconds",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "reclaim_clock_paused_since",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "reclaim_clock_started_at",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "released_to_pool_at",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "stage",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "supervisor_guide_id",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "tags",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "term_end",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "term_start",
                table: "customers");

            migrationBuilder.AlterColumn<Guid>(
                name: "owner_id",
                table: "customers",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_customers_owner_id_id",
                table: "customers",
                columns: new[] { "owner_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_team_id_id",
                table: "customers",
                columns: new[] { "team_id", "id" });
        }
    }
}
