using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.Sheets.Import;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Sheets;

public sealed class ImportReportType : ObjectGraphType<ImportReport>
{
    public ImportReportType()
    {
        Name = "ImportReport";
        Description = "导入报告: what an import did, or in a dry run would do. Nothing is written unless `committed` is true.";
        Field<NonNullGraphType<IdGraphType>>("importId").Description("The import's record in the import log (导入记录).").Resolve(c => c.Source.ImportId);
        Field<NonNullGraphType<SpreadsheetTemplateType>>("template").Resolve(c => c.Source.Template);
        Field(x => x.FileName).Description("The uploaded file's name.");
        Field(x => x.Sheet).Description("The sheet that was read (the first of a workbook; the file name for CSV).");
        Field(x => x.DryRun).Description("试运行: checked and rolled back.");
        Field(x => x.Committed).Description("True when the rows were written: not a dry run and no row refused (all or nothing).");
        Field(x => x.RowsRead).Description("Data rows read (blank rows are not counted).");
        Field(x => x.Created).Description("Rows that create a record. 新建。");
        Field(x => x.Updated).Description("Rows that update an existing customer. 更新。");
        Field(x => x.Skipped).Description("Duplicate rows left out by choice. 跳过。");
        Field(x => x.RefusedRows).Description("Rows refused. 拒绝。");
        Field(x => x.UnknownColumns).Description("Headers that match no column of the template; their cells are not imported. 未识别的列。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRefusalType>>>>("refusals").Description("Every refusal with its sheet, row and column (the first 10,000).").Resolve(c => c.Source.Refusals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowOutcomeType>>>>("rows").Description("Each row's outcome (the first 10,000).").Resolve(c => c.Source.Committed ? c.Source.Rows : c.Source.Rows.Select(r => r with { RecordId = null }));
        Field(x => x.Truncated).Description("True when `refusals` or `rows` stop at 10,000; the counts are exact.");
    }
}

public sealed class ImportRefusalType : ObjectGraphType<ImportRefusal>
{
    public ImportRefusalType()
    {
        Name = "ImportRefusal";
        Description = "Why a row (or the file) was refused, and where. 拒绝原因。";
        Field(x => x.Sheet).Description("工作表。");
        Field(x => x.Row).Description("The row as the spreadsheet numbers it (the header row included); 0 for the file as a whole. 行号。");
        Field(x => x.Column, nullable: true).Description("The column's header as written in the file. 列。");
        Field(x => x.Code).Description("A stable code: INVALID_CELL, REQUIRED, DUPLICATE_CUSTOMER, UNKNOWN_USER, MISSING_COLUMN, or a domain rule's code.");
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, in the language of the request.")
            .Resolve(c => c.PrefersChinese() ? c.Source.ChineseMessage : c.Source.Message);
    }
}

public sealed class ImportRowOutcomeType : ObjectGraphType<ImportRowOutcome>
{
    public ImportRowOutcomeType()
    {
        Name = "ImportRowOutcome";
        Description = "One row's outcome.";
        Field(x => x.Row).Description("行号。");
        Field<NonNullGraphType<ImportRowActionType>>("action").Resolve(c => c.Source.Action);
        Field(x => x.Label, nullable: true).Description("The row's customer name.");
        Field<IdGraphType>("existingCustomerId").Description("The existing customer a duplicate row matched.")
            .Resolve(c => c.Source.ExistingCustomerId is { } id ? GlobalId.Format(CustomerType.TypeName, id) : null);
        Field<IdGraphType>("customerId").Description("The customer created or updated (null unless the import was committed).")
            .Resolve(c => c.Source.RecordId is { } id ? GlobalId.Format(CustomerType.TypeName, id) : null);
    }
}
