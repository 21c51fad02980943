using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AggregateVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "follow_up_records",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "follow_up_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "deals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "version",
                table: "users");

            migrationBuilder.DropColumn(
                name: "version",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "version",
                table: "follow_up_records");

            migrationBuilder.DropColumn(
                name: "version",
                table: "follow_up_plans");

            migrationBuilder.DropColumn(
                name: "version",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "version",
                table: "customers");
        }
    }
}
