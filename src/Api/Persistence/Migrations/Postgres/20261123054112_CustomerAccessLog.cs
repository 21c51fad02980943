using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CustomerAccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "customer_accesses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_accesses", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_customer_accesses_customer_at",
                table: "customer_accesses",
                columns: new[] { "customer_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_customer_accesses_team_at",
                table: "customer_accesses",
                columns: new[] { "team_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ux_customer_accesses_user_customer_kind_day",
                table: "customer_accesses",
                columns: new[] { "user_id", "customer_id", "kind", "day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "customer_accesses");
        }
    }
}
