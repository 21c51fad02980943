using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanScanWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_follow_up_plans_open_due_at",
                table: "follow_up_plans");

            migrationBuilder.AddColumn<long>(
                name: "scheduled_at",
                table: "follow_up_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            Backfills.PlanScheduledAt(migrationBuilder);

            migrationBuilder.CreateTable(
                name: "follow_up_scan_marks",
                columns: table => new
                {
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    scanned_until = table.Column<long>(type: "INTEGER", nullable: false),
                    due_soon_hours = table.Column<int>(type: "INTEGER", nullable: false),
                    full_scan_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_scan_marks", x => x.team_id);
                    table.ForeignKey(
                        name: "fk_follow_up_scan_marks_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_reminders_subject_recipient_kind_issued_at",
                table: "reminders",
                columns: new[] { "subject_id", "recipient_id", "kind", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_plans_open_team_due_at",
                table: "follow_up_plans",
                columns: new[] { "team_id", "due_at" },
                filter: "status = 'Planned'");

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_plans_open_team_scheduled_at",
                table: "follow_up_plans",
                columns: new[] { "team_id", "scheduled_at" },
                filter: "status = 'Planned'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_up_scan_marks");

            migrationBuilder.DropIndex(
                name: "ix_reminders_subject_recipient_kind_issued_at",
                table: "reminders");

            migrationBuilder.DropIndex(
                name: "ix_follow_up_plans_open_team_due_at",
                table: "follow_up_plans");

            migrationBuilder.DropIndex(
                name: "ix_follow_up_plans_open_team_scheduled_at",
                table: "follow_up_plans");

            migrationBuilder.DropColumn(
                name: "scheduled_at",
                table: "follow_up_plans");

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_plans_open_due_at",
                table: "follow_up_plans",
                column: "due_at",
                filter: "status = 'Planned'");
        }
    }
}
