using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenPlansByOwnerIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_follow_up_plans_open_owner_due_at",
                table: "follow_up_plans",
                columns: new[] { "owner_id", "due_at" },
                filter: "status = 'Planned'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_follow_up_plans_open_owner_due_at",
                table: "follow_up_plans");
        }
    }
}
