using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Postgres
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

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "scheduled_at",
                table: "follow_up_plans",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            Backfills.PlanScheduledAt(migrationBuilder);

            migrationBuilder.CreateTable(
                name: "follow_up_scan_marks",
                columns: table => new
                {
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scanned_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_soon_hours = table.Column<int>(type: "integer", nullable: false),
                    full_scan_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                filter: "status = 'Planned'")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "owner_id", "scheduled_at" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_plans_open_team_scheduled_at",
                table: "follow_up_plans",
                columns: new[] { "team_id", "scheduled_at" },
                filter: "status = 'Planned'")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "owner_id", "due_at" });
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
                filter: "status = 'Planned'")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "customer_id", "owner_id" });
        }
    }
}
