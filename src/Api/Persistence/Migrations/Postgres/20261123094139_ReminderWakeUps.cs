using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReminderWakeUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            CrmGraph.Api.Reminders.WakeUps.ReminderWakeUpSql.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            CrmGraph.Api.Reminders.WakeUps.ReminderWakeUpSql.Drop(migrationBuilder);
        }
    }
}
