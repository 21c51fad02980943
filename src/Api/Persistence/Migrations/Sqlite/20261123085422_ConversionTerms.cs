using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Api.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "conversion_term_end",
                table: "deals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "conversion_term_start",
                table: "deals",
                type: "TEXT",
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
