using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomerMaintenanceAndSharing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "loyalty_score",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "maintenance_strategy",
                table: "customers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "satisfaction_score",
                table: "customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "shared_with",
                table: "customers",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "loyalty_score",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "maintenance_strategy",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "satisfaction_score",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "shared_with",
                table: "customers");
        }
    }
}
