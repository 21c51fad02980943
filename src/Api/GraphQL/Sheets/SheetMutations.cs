using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Api.Sheets.Import;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Api.Transport;
using GraphQL;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Sheets;

public static class SheetMutations
{
    public static void AddSheetMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<ImportSpreadsheetInputType, ImportReportType>(
            "importSpreadsheet",
            "report",
            "Imports an .xlsx or CSV (UTF-8 or GBK) file in one of the templates, all or nothing: with `dryRun` it only reports what would be created, updated and refused. Send the file with the multipart request spec and the header `GraphQL-Preflight: 1`. 表格导入。",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var file = input["file"] as UploadedFile ?? throw new InvalidOperationException("The Upload scalar admits only uploaded files.");
                var request = new ImportRequest(
                    input.GetValueOrDefault("template") as SheetKind?,
                    file.FileName,
                    input.GetValueOrDefault("dryRun") as bool? ?? false,
                    input.GetValueOrDefault("onDuplicate") as DuplicateAction? ?? DuplicateAction.Refuse)
                {
                    ColumnMap = Pairs(input.GetValueOrDefault("columnMap"), "header", "field"),
                    OwnerMap = Pairs(input.GetValueOrDefault("ownerMap"), "name", "login"),
                    IgnoredColumns = [.. (input.GetValueOrDefault("ignoreColumns") as IEnumerable<object?> ?? []).OfType<string>()],
                    Partial = input.GetValueOrDefault("partial") as bool? ?? false,
                };
                var stream = file.OpenRead();
                await using (stream.ConfigureAwait(false))
                {
                    return await c.RequestServices!.GetRequiredService<SheetImportService>().ImportAsync(c.Viewer(), request, stream, c.CancellationToken).ConfigureAwait(false);
                }
            });
        mutation.GetField("importSpreadsheet")!.Arguments!.Find("input")!.Description =
            "The file to import and how. 导入文件及导入选项。";
    }

    private static Dictionary<string, string> Pairs(object? list, string key, string value)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in (list as IEnumerable<object?> ?? []).OfType<Dictionary<string, object?>>())
        {
            if (item.GetValueOrDefault(key) is string k && item.GetValueOrDefault(value) is string v)
            {
                pairs[k] = v;
            }
        }

        return pairs;
    }
}

public sealed class ImportSpreadsheetInputType : InputObjectGraphType
{
    public ImportSpreadsheetInputType()
    {
        Name = "ImportSpreadsheetInput";
        Description = "A file to import. 导入文件。";
        Field<NonNullGraphType<UploadScalar>>("file").Description("The .xlsx or .csv file; put null here and the file in the multipart request. .xlsx 或 .csv 文件；此处填 null，文件放在 multipart 请求中。");
        Field<SpreadsheetTemplateType>("template").Description("The template the file follows; leave it out to have it told from the headers. 模板（不填则按表头识别）。");
        Field<BooleanGraphType>("dryRun").DefaultValue(false).Description("Only report what would happen; write nothing. 试运行。");
        Field<ListGraphType<NonNullGraphType<ImportColumnMappingInputType>>>("columnMap").Description("Sheet headers sent to fields, before the built-in synonyms. 列映射（表头 → 字段）。");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("ignoreColumns").Description("Headers whose data may be left out; any other column no field takes refuses the import. 确认忽略的列。");
        Field<ListGraphType<NonNullGraphType<ImportOwnerMappingInputType>>>("ownerMap").Description("People as the sheet names them (小王) sent to users' logins. 负责人映射（表中姓名 → 登录名）。");
        Field<BooleanGraphType>("partial").DefaultValue(false).Description("Write the good rows and return the refused ones as `refusedRowsWorkbook`, instead of all or nothing. 部分导入。");
        Field<ImportDuplicateActionType>("onDuplicate").DefaultValue(DuplicateAction.Refuse).Description("Rows whose customer exists already: REFUSE (default, the row is reported), SKIP, or UPDATE. 重复处理。");
    }
}

public sealed class ImportColumnMappingInputType : InputObjectGraphType
{
    public ImportColumnMappingInputType()
    {
        Name = "ImportColumnMappingInput";
        Description = "One sheet header and the field it is read into. 一列表头及其对应字段。";
        Field<NonNullGraphType<StringGraphType>>("header").Description("The header as the file writes it. 表头。");
        Field<NonNullGraphType<StringGraphType>>("field").Description("A field of the template: its key (grade) or header (客户等级). 字段。");
    }
}

public sealed class ImportOwnerMappingInputType : InputObjectGraphType
{
    public ImportOwnerMappingInputType()
    {
        Name = "ImportOwnerMappingInput";
        Description = "A person as the sheet names them and the user they are. 表中姓名及对应用户。";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name in the sheet (小王). 表中姓名。");
        Field<NonNullGraphType<StringGraphType>>("login").Description("The login of a user of your team. 登录名。");
    }
}
