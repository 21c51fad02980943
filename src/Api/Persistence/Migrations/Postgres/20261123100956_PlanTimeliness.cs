using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Postgres
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
                type: "boolean",
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
