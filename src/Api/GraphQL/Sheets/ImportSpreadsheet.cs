using System.ComponentModel;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Sheets.Import;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Api.Transport;
using GraphQL;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Sheets;

/// <summary>
/// The input of <c>importSpreadsheet</c> (GraphQL: <c>ImportSpreadsheetInput</c>, described by the record's own
/// <c>[Description]</c>). The file comes with the multipart request spec; the options default as the schema shows.
/// </summary>
[Description("A file to import. 导入文件。")]
public sealed record ImportSpreadsheetInput(
    [Description(
        "The .xlsx or .csv file; put null here and the file in the multipart request."
        + " .xlsx 或 .csv 文件；此处填 null，文件放在 multipart 请求中。")]
    UploadedFile File,
    [GraphType("SpreadsheetTemplate"),
     Description("The template the file follows; leave it out to have it told from the headers. 模板（不填则按表头识别）。")]
    SheetKind? Template,
    [Description("Only report what would happen; write nothing. 试运行。"), DefaultValue(false)] bool DryRun,
    [GraphType(nameof(ImportColumnMappingInput)),
     Description("Sheet headers sent to fields, before the built-in synonyms. 列映射（表头 → 字段）。")]
    IReadOnlyList<ImportColumnMappingInput>? ColumnMap,
    [Description(
        "Headers whose data may be left out; any other column no field takes refuses the import. 确认忽略的列。")]
    IReadOnlyList<string>? IgnoreColumns,
    [GraphType(nameof(ImportOwnerMappingInput)),
     Description("People as the sheet names them (小王) sent to users' logins. 负责人映射（表中姓名 → 登录名）。")]
    IReadOnlyList<ImportOwnerMappingInput>? OwnerMap,
    [Description(
        "Write the good rows and return the refused ones as `refusedRowsWorkbook`, instead of all or nothing."
        + " 部分导入。"), DefaultValue(false)]
    bool Partial,
    [GraphType("ImportDuplicateAction"), DefaultValue(DuplicateAction.Refuse), Description(
        "Rows whose customer exists already: REFUSE (default, the row is reported), SKIP, or UPDATE. 重复处理。")]
    DuplicateAction OnDuplicate);

/// <summary>One sheet header and the field it is read into (GraphQL: <c>ImportColumnMappingInput</c>).</summary>
public sealed record ImportColumnMappingInput(
    [Description("The header as the file writes it. 表头。")] string Header,
    [Description("A field of the template: its key (grade) or header (客户等级). 字段。")] string Field);

/// <summary>A person as the sheet names them and their user (GraphQL: <c>ImportOwnerMappingInput</c>).</summary>
public sealed record ImportOwnerMappingInput(
    [Description("The name in the sheet (小王). 表中姓名。")] string Name,
    [Description("The login of a user of your team. 登录名。")] string Login);

public sealed class ImportColumnMappingInputType : InputObjectGraphType
{
    public ImportColumnMappingInputType()
    {
        Name = nameof(ImportColumnMappingInput);
        Description = "One sheet header and the field it is read into. 一列表头及其对应字段。";
        InputRecord.AddFields<ImportColumnMappingInput>(this);
    }
}

public sealed class ImportOwnerMappingInputType : InputObjectGraphType
{
    public ImportOwnerMappingInputType()
    {
        Name = nameof(ImportOwnerMappingInput);
        Description = "A person as the sheet names them and the user they are. 表中姓名及对应用户。";
        InputRecord.AddFields<ImportOwnerMappingInput>(this);
    }
}

/// <summary>Imports the uploaded file through <see cref="SheetImportService"/>, with the options sent.</summary>
public static class ImportSpreadsheet
{
    public static async Task<object?> HandleAsync(IResolveFieldContext context, ImportSpreadsheetInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var request = new ImportRequest(input.Template, input.File.FileName, input.DryRun, input.OnDuplicate)
        {
            ColumnMap = LastWins(input.ColumnMap, m => (m.Header, m.Field)),
            OwnerMap = LastWins(input.OwnerMap, m => (m.Name, m.Login)),
            IgnoredColumns = input.IgnoreColumns ?? [],
            Partial = input.Partial,
        };
        var service = context.RequestServices!.GetRequiredService<SheetImportService>();
        var stream = input.File.OpenRead();
        await using (stream.ConfigureAwait(false))
        {
            return await service.ImportAsync(context.Viewer(), request, stream, context.CancellationToken)
                .ConfigureAwait(false);
        }
    }

    // A key sent twice maps to the last value sent.
    private static Dictionary<string, string> LastWins<T>(
        IReadOnlyList<T>? mappings, Func<T, (string Key, string Value)> pair)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in (mappings ?? []).Select(pair))
        {
            pairs[key] = value;
        }

        return pairs;
    }
}
