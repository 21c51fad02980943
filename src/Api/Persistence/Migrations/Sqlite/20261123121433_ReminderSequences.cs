using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReminderSequences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "recipient_sequence",
                table: "reminders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "reminder_sequences",
                columns: table => new
                {
                    recipient_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    last = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminder_sequences", x => x.recipient_id);
                    table.ForeignKey(
                        name: "fk_reminder_sequences_users_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            Backfills.ReminderSequences(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "ux_reminders_recipient_sequence",
                table: "reminders",
                columns: new[] { "recipient_id", "recipient_sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reminder_sequences");

            migrationBuilder.DropIndex(
                name: "ux_reminders_recipient_sequence",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "recipient_sequence",
                table: "reminders");
        }
    }
}
