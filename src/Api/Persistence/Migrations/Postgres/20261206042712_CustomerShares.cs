using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CustomerShares : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "customer_shares",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_shares", x => new { x.user_id, x.customer_id });
                    table.ForeignKey(
                        name: "fk_customer_shares_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_customer_shares_customer_id",
                table: "customer_shares",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_shares_user_id_entered_at_customer_id",
                table: "customer_shares",
                columns: new[] { "user_id", "entered_at", "customer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_customer_shares_user_id_name_customer_id",
                table: "customer_shares",
                columns: new[] { "user_id", "name", "customer_id" });

            Sharing.CustomerShareSql.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Sharing.CustomerShareSql.Drop(migrationBuilder);
            migrationBuilder.DropTable(
                name: "customer_shares");
        }
    }
}
