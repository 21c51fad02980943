using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReadPathIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_customers_owner_id_name_id",
                table: "customers",
                columns: new[] { "owner_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_pool_by_entry",
                table: "customers",
                columns: new[] { "team_id", "entered_at", "id" },
                filter: "owner_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_customers_pool_by_name",
                table: "customers",
                columns: new[] { "team_id", "name", "id" },
                filter: "owner_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_customers_team_id_owner_id_entered_at_id",
                table: "customers",
                columns: new[] { "team_id", "owner_id", "entered_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_team_id_owner_id_name_id",
                table: "customers",
                columns: new[] { "team_id", "owner_id", "name", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_customers_owner_id_name_id",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_pool_by_entry",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_pool_by_name",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_team_id_owner_id_entered_at_id",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_team_id_owner_id_name_id",
                table: "customers");
        }
    }
}
