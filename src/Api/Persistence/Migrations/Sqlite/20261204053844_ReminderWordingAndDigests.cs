using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReminderWordingAndDigests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "reminders_digest_above",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.AddColumn<int>(
                name: "reminders_new_customer_window_days",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<int>(
                name: "customer_count",
                table: "reminders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "days",
                table: "reminders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "detail",
                table: "reminders",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "occurred_at",
                table: "reminders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "subject_name",
                table: "reminders",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "time_zone_id",
                table: "reminders",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "reminder_digest_customers",
                columns: table => new
                {
                    reminder_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminder_digest_customers", x => new { x.reminder_id, x.customer_id });
                    table.ForeignKey(
                        name: "fk_reminder_digest_customers_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reminder_digest_customers_reminders_reminder_id",
                        column: x => x.reminder_id,
                        principalTable: "reminders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_reminder_digest_customers_customer_id",
                table: "reminder_digest_customers",
                column: "customer_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reminder_digest_customers");

            migrationBuilder.DropColumn(
                name: "reminders_digest_above",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "reminders_new_customer_window_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "customer_count",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "days",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "detail",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "occurred_at",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "subject_name",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "time_zone_id",
                table: "reminders");
        }
    }
}
