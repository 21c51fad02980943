using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanReminderMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_reminders_subject_recipient_kind_issued_at",
                table: "reminders");

            migrationBuilder.DropIndex(
                name: "ix_follow_up_plans_open_team_due_at",
                table: "follow_up_plans");

            migrationBuilder.AddColumn<long>(
                name: "reminded_due_soon_for",
                table: "follow_up_plans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "reminded_overdue_for",
                table: "follow_up_plans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_plans_open_team_due_at",
                table: "follow_up_plans",
                columns: new[] { "team_id", "due_at", "id" },
                filter: "status = 'Planned'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_follow_up_plans_open_team_due_at",
                table: "follow_up_plans");

            migrationBuilder.DropColumn(
                name: "reminded_due_soon_for",
                table: "follow_up_plans");

            migrationBuilder.DropColumn(
                name: "reminded_overdue_for",
                table: "follow_up_plans");

            migrationBuilder.CreateIndex(
                name: "ix_reminders_subject_recipient_kind_issued_at",
                table: "reminders",
                columns: new[] { "subject_id", "recipient_id", "kind", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_plans_open_team_due_at",
                table: "follow_up_plans",
                columns: new[] { "team_id", "due_at" },
                filter: "status = 'Planned'");
        }
    }
}
