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
                    (SheetKind)input["template"]!,
                    file.FileName,
                    input.GetValueOrDefault("dryRun") as bool? ?? false,
                    input.GetValueOrDefault("onDuplicate") as DuplicateAction? ?? DuplicateAction.Refuse);
                var stream = file.OpenRead();
                await using (stream.ConfigureAwait(false))
                {
                    return await c.RequestServices!.GetRequiredService<SheetImportService>().ImportAsync(c.Viewer(), request, stream, c.CancellationToken).ConfigureAwait(false);
                }
            });
    }
}

public sealed class ImportSpreadsheetInputType : InputObjectGraphType
{
    public ImportSpreadsheetInputType()
    {
        Name = "ImportSpreadsheetInput";
        Description = "A file to import. 导入文件。";
        Field<NonNullGraphType<UploadScalar>>("file").Description("The .xlsx or .csv file; put null here and the file in the multipart request.");
        Field<NonNullGraphType<SpreadsheetTemplateType>>("template").Description("The template the file follows. 模板。");
        Field<BooleanGraphType>("dryRun").DefaultValue(false).Description("Only report what would happen; write nothing. 试运行。");
        Field<ImportDuplicateActionType>("onDuplicate").DefaultValue(DuplicateAction.Refuse).Description("Rows whose customer exists already: REFUSE (default, the row is reported), SKIP, or UPDATE. 重复处理。");
    }
}
