using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUpsAndDeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    expected_close_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    opened_at = table.Column<long>(type: "INTEGER", nullable: false),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    lost_reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    lost_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    conversion_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    conversion_converted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    conversion_key_factor = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    conversion_owner_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    conversion_product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deals", x => x.id);
                    table.ForeignKey(
                        name: "fk_deals_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deals_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    prepared_content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    from_cadence = table.Column<bool>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    completed_by_record_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    cancel_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_up_plans_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_follow_up_plans_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    happened_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    customer_feedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    result = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    next_action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    next_follow_up_at = table.Column<long>(type: "INTEGER", nullable: true),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    beyond_daily_cap = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_up_records_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_follow_up_records_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_deals_customer_id_status",
                table: "deals",
                columns: new[] { "customer_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_deals_owner_id_opened_at_id",
                table: "deals",
                columns: new[] { "owner_id", "opened_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_deals_team_id_opened_at_id",
                table: "deals",
                columns: new[] { "team_id", "opened_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_plans_customer_id_due_at_id",
                table: "follow_up_plans",
                columns: new[] { "customer_id", "due_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_plans_open_due_at",
                table: "follow_up_plans",
                column: "due_at",
                filter: "status = 'Planned'");

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_plans_owner_id_due_at_id",
                table: "follow_up_plans",
                columns: new[] { "owner_id", "due_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_records_customer_id_happened_at_id",
                table: "follow_up_records",
                columns: new[] { "customer_id", "happened_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_records_owner_id_happened_at_id",
                table: "follow_up_records",
                columns: new[] { "owner_id", "happened_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deals");

            migrationBuilder.DropTable(
                name: "follow_up_plans");

            migrationBuilder.DropTable(
                name: "follow_up_records");
        }
    }
}
