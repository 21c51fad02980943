using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceCareAndRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_actions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    done_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_care_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_care_actions_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_care_actions_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    for_product_department = table.Column<bool>(type: "INTEGER", nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback", x => x.id);
                    table.ForeignKey(
                        name: "fk_feedback_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_feedback_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "satisfaction_surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    answered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_satisfaction_surveys", x => x.id);
                    table.ForeignKey(
                        name: "fk_satisfaction_surveys_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_satisfaction_surveys_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "service_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    answered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    resolved_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revisited_at = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    answer_text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    result = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    revisit_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    satisfied = table.Column<bool>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_records_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_service_records_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "win_back_attempts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    churn_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    effect = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_win_back_attempts", x => x.id);
                    table.ForeignKey(
                        name: "fk_win_back_attempts_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_win_back_attempts_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_care_actions_customer_id_done_at_id",
                table: "care_actions",
                columns: new[] { "customer_id", "done_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_care_actions_owner_id",
                table: "care_actions",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_care_actions_team_id_done_at_id",
                table: "care_actions",
                columns: new[] { "team_id", "done_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_customer_id_received_at_id",
                table: "feedback",
                columns: new[] { "customer_id", "received_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_owner_id",
                table: "feedback",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_team_id_received_at_id",
                table: "feedback",
                columns: new[] { "team_id", "received_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_satisfaction_surveys_customer_id_answered_at_id",
                table: "satisfaction_surveys",
                columns: new[] { "customer_id", "answered_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_satisfaction_surveys_owner_id",
                table: "satisfaction_surveys",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_satisfaction_surveys_team_id_answered_at_id",
                table: "satisfaction_surveys",
                columns: new[] { "team_id", "answered_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_service_records_customer_id_requested_at_id",
                table: "service_records",
                columns: new[] { "customer_id", "requested_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_service_records_owner_id_status",
                table: "service_records",
                columns: new[] { "owner_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_service_records_team_id_requested_at_id",
                table: "service_records",
                columns: new[] { "team_id", "requested_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_win_back_attempts_customer_id_started_at_id",
                table: "win_back_attempts",
                columns: new[] { "customer_id", "started_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_win_back_attempts_owner_id",
                table: "win_back_attempts",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_win_back_attempts_team_id_started_at_id",
                table: "win_back_attempts",
                columns: new[] { "team_id", "started_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_actions");

            migrationBuilder.DropTable(
                name: "feedback");

            migrationBuilder.DropTable(
                name: "satisfaction_surveys");

            migrationBuilder.DropTable(
                name: "service_records");

            migrationBuilder.DropTable(
                name: "win_back_attempts");
        }
    }
}
