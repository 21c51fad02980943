using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ConversionTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "conversion_cooperation_mode",
                table: "deals",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "conversion_term_end",
                table: "deals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "conversion_term_start",
                table: "deals",
                type: "date",
                nullable: true);

            Backfills.ConversionTerms(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "conversion_cooperation_mode",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "conversion_term_end",
                table: "deals");

            migrationBuilder.DropColumn(
                name: "conversion_term_start",
                table: "deals");
        }
    }
}
