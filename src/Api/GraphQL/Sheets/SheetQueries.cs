using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Filtering;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Export;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Api.Visibility;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Sheets;

public static class SheetQueries
{
    /// <summary>
    /// Exports through GraphQL are answered inline (base64), so they are capped; the CLI exports any number.
    /// </summary>
    public const int MaxExportRows = 20_000;

    public static void AddSheetQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<SpreadsheetFileType>>("spreadsheet")
            .Description(
                "A template filled with what you may see of the customers matching `where`, ready to save: 客户信息表 "
                + "(one row per customer), 客户分级表 (grade and its reason), 跟进记录 (follow-ups that happened), 跟进计划表 "
                + "(follow-ups still planned), 客户转化记录表 (won deals), 客户服务表 (service and complaints), 跟进策略 (your "
                + "team's follow-up cadence; `where` does not apply). It imports back unchanged. At most "
                + $"{MaxExportRows} rows; use the `export` CLI verb for more. 导出表格。")
            .Argument<NonNullGraphType<SpreadsheetTemplateType>>("template", "Which template to fill. 要填充的表格模板。")
            .Argument<CustomerFilterInputType>("where", "Only customers matching these conditions (as in " +
                "`customers`), and their records. 只包含符合这些条件的客户（同 `customers`）及其记录。")
            .Argument<NonNullGraphType<SpreadsheetFormatType>>("format", "File format; default XLSX. 文件格式，默认 XLSX。",
                a => a.DefaultValue = ExportFormat.Xlsx)
            .Argument<NonNullGraphType<SpreadsheetLanguageType>>("language",
                "Header language; default Chinese. 表头语言，默认中文。",
                a => a.DefaultValue = SheetLanguage.Chinese)
            .ResolveAsync(c => ExportAsync(c, c.GetArgument<SheetKind>("template")));
        query.Field<NonNullGraphType<SpreadsheetFileType>>("customersSpreadsheet")
            .Description("The 客户信息表 of the customers you may see (narrowed by `where`). 导出客户信息表。")
            .DeprecationReason("Use `spreadsheet(template: CUSTOMERS)`, which fills every template.")
            .Argument<CustomerFilterInputType>(
                "where", "Only customers matching these conditions (as in `customers`). 只包含符合这些条件的客户（同 `customers`）。")
            .Argument<NonNullGraphType<SpreadsheetFormatType>>("format", "File format; default XLSX. 文件格式，默认 XLSX。",
                a => a.DefaultValue = ExportFormat.Xlsx)
            .Argument<NonNullGraphType<SpreadsheetLanguageType>>("language",
                "Header language; default Chinese. 表头语言，默认中文。",
                a => a.DefaultValue = SheetLanguage.Chinese)
            .ResolveAsync(c => ExportAsync(c, SheetKind.Customers));
    }

    private static async Task<object?> ExportAsync(IResolveFieldContext c, SheetKind kind)
    {
        var services = c.RequestServices!;
        var db = services.GetRequiredService<CrmDbContext>();
        var format = c.GetArgument<ExportFormat>("format");
        var language = c.GetArgument<SheetLanguage>("language");
        if (kind == SheetKind.Cadence)
        {
            // 跟进策略 is the viewer's team's cadence, not rows of customers: `where` does not apply.
            using var sheet = new MemoryStream();
            var rows = await new CadenceSheetExporter(db)
                .WriteAsync(c.Viewer().TeamId, format, language, sheet, c.CancellationToken)
                .ConfigureAwait(false);
            return new SpreadsheetFile(
                SheetExports.FileName(kind, language, format),
                SheetWriter.ContentType(format),
                rows,
                Convert.ToBase64String(sheet.GetBuffer(), 0, (int)sheet.Length));
        }

        var scope = VisibilityScope.Customers(db.Customers.AsNoTracking(), c.Viewer());
        var customers = c.GetArgument<Dictionary<string, object?>?>("where") is { } where
            ? scope.Where(FilterTranslator.Build(CustomerFiltering.Filter, where))
            : scope;
        var exporter = services.GetServices<ISheetExporter>().For(kind);
        var total = await exporter.CountAsync(customers, c.CancellationToken).ConfigureAwait(false);
        if (total > MaxExportRows)
        {
            throw new ExecutionError($"{total} rows match; an export through GraphQL holds at most {MaxExportRows}. " +
                "Narrow `where`, or use the `export` CLI verb.")
            { Code = "EXPORT_TOO_LARGE" };
        }

        using var buffer = new MemoryStream();
        var count = await exporter.WriteAsync(customers, format, language, buffer, c.CancellationToken)
            .ConfigureAwait(false);
        return new SpreadsheetFile(
            SheetExports.FileName(kind, language, format), SheetWriter.ContentType(format), count,
            Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}

public sealed record SpreadsheetFile(string FileName, string ContentType, int RowCount, string ContentBase64);

public sealed class SpreadsheetFileType : ObjectGraphType<SpreadsheetFile>
{
    public SpreadsheetFileType()
    {
        Name = "SpreadsheetFile";
        Description = "An exported spreadsheet. 导出文件。";
        Field(x => x.FileName).Description("A file name to save it under. 保存时使用的文件名。");
        Field(x => x.ContentType).Description("Its media type. 文件的媒体类型。");
        Field(x => x.RowCount).Description("Data rows written. 写入的数据行数。");
        Field(x => x.ContentBase64).Description("The file's bytes, base64-encoded. 文件内容（Base64 编码）。");
    }
}
