using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomerWorkIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_customers_team_id_last_follow_up_at",
                table: "customers",
                columns: new[] { "team_id", "last_follow_up_at" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_team_id_stage_grade",
                table: "customers",
                columns: new[] { "team_id", "stage", "grade" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_customers_team_id_last_follow_up_at",
                table: "customers");

            migrationBuilder.DropIndex(
                name: "ix_customers_team_id_stage_grade",
                table: "customers");
        }
    }
}
