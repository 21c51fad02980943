using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanTimeliness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "done_on_time",
                table: "follow_up_plans",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "done_on_time",
                table: "follow_up_plans");
        }
    }
}
