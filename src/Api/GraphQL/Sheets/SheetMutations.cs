using CrmGraph.Api.GraphQL.Mutations;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Sheets;

public static class SheetMutations
{
    public static void AddSheetMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<ImportSpreadsheetInput, ImportReportType>(
            "importSpreadsheet",
            "report",
            "Imports an .xlsx or CSV (UTF-8 or GBK) file in one of the templates, all or nothing: with `dryRun` it only"
            + " reports what would be created, updated and refused. Send the file with the multipart request spec and"
            + " the header `GraphQL-Preflight: 1`. 表格导入。",
            ImportSpreadsheet.HandleAsync);
        mutation.GetField("importSpreadsheet")!.Arguments!.Find("input")!.Description =
            "The file to import and how. 导入文件及导入选项。";
    }
}
