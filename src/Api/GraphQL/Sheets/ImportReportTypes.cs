using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.Sheets.Import;
using CrmGraph.Api.Sheets.Templates;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Sheets;

public sealed class ImportReportType : ObjectGraphType<ImportReport>
{
    public ImportReportType()
    {
        Name = "ImportReport";
        Description = "导入报告: what an import did, or in a dry run would do. Nothing is written unless `committed` is " +
            "true.";
        Field<NonNullGraphType<IdGraphType>>("importId")
            .Description("The import's record in the import log (导入记录).")
            .Resolve(c => c.Source.ImportId);
        Field<NonNullGraphType<SpreadsheetTemplateType>>("template")
            .Description("The template the file was read as: the one named, or the one its headers fit. 按其导入的模板。")
            .Resolve(c => c.Source.Template);
        Field(x => x.FileName).Description("The uploaded file's name. 上传文件的文件名。");
        Field(x => x.Sheet).Description("The sheet that was read (the first of a workbook, or all its sheets when it " +
            "was imported whole; the file name for CSV). 读取的工作表（工作簿的第一个工作表，整本导入时为全部工作表；CSV 为文件名）。");
        Field(x => x.DryRun).Description("试运行: checked and rolled back.");
        Field(x => x.Committed).Description("True when the rows were written: not a dry run and no row refused (all " +
            "or nothing). 数据已写入时为 true：非试运行且没有被拒绝的行（要么全部导入，要么全不导入）。");
        Field(x => x.RowsRead).Description("Data rows read (blank rows are not counted). 读取的数据行数（不计空行）。");
        Field(x => x.Created).Description("Rows that create a record. 新建。");
        Field(x => x.Updated).Description("Rows that update an existing customer. 更新。");
        Field(x => x.Skipped).Description("Duplicate rows left out by choice. 跳过。");
        Field(x => x.RefusedRows).Description("Rows refused. 拒绝。");
        Field(x => x.UnknownColumns)
            .Description("Headers that match no column of the template; their cells are not imported. 未识别的列。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRefusalType>>>>("refusals")
            .Description(
                "Every refusal with its sheet, row and column (the first 10,000). 每条拒绝记录及其工作表、行和列（最多前 10,000 条）。")
            .Resolve(c => c.Source.Refusals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowOutcomeType>>>>("rows").Description(
            "Each row's outcome (the first 10,000). 每一行的处理结果（最多前 10,000 行）。").Resolve(c => c.Source.Rows.Select(
                r => new ImportRowView(r, c.Source.Committed ? r.RecordId : null, RecordType(c.Source.Template))));
        Field(x => x.Truncated).Description("True when `refusals` or `rows` stop at 10,000; the counts are exact. " +
            "`refusals` 或 `rows` 截断于 10,000 条时为 true；各项计数仍是准确的。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportColumnType>>>>("columns")
            .Description("Every column of the file and the field it lands in (the mapping the import used). 列映射。")
            .Resolve(c => c.Source.Columns);
        Field<StringGraphType>("refusedRowsWorkbook")
            .Description("Partial mode: the refused rows as an .xlsx (base64) with a 错误原因 column, to fix and import " +
                "again; null when no row was refused. 被拒绝行的工作簿。")
            .Resolve(c => c.Source.RefusedRowsWorkbook is { } bytes ? Convert.ToBase64String(bytes) : null);
        Field<ReminderForecastType>("reminderForecast")
            .Description("The reminders the next customer scan will make once these rows are in (dry run and real "
                + "run alike); null when nothing would be written. 导入后下一次扫描将产生的提醒；不写入数据时为 null。")
            .Resolve(c => c.Source.Reminders);
        Field(x => x.SavedColumnMapApplied)
            .Description(
                "True when the column map your team saved for a sheet with these headers was applied (a committed "
                + "import with `columnMap` or `ignoreColumns` saves it). 已应用团队为相同表头保存的列映射。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportReportType>>>>("sheets")
            .Description(
                "A workbook imported whole (several sheets, no template named, one transaction): each sheet's own "
                + "report, customers first; this report holds their totals and every refusal with its sheet. Empty "
                + "for one sheet. 整本工作簿导入时各工作表的报告（客户表在前）；单个工作表时为空。")
            .Resolve(c => c.Source.Sheets);
    }

    private static string RecordType(SheetKind template) => template switch
    {
        SheetKind.FollowUpRecords => FollowUps.FollowUpRecordType.TypeName,
        SheetKind.FollowUpPlans => FollowUps.FollowUpPlanType.TypeName,
        SheetKind.Conversions => Deals.DealType.TypeName,
        SheetKind.Services => Aftercare.ServiceRecordType.TypeName,
        _ => CustomerType.TypeName,
    };
}

public sealed class ImportRefusalType : ObjectGraphType<ImportRefusal>
{
    public ImportRefusalType()
    {
        Name = "ImportRefusal";
        Description = "Why a row (or the file) was refused, and where. 拒绝原因。";
        Field(x => x.Sheet).Description("Worksheet. 工作表。");
        Field(x => x.Row).Description(
            "The row as the spreadsheet numbers it (the header row included); 0 for the file as a whole. 行号。");
        Field(x => x.Column, nullable: true).Description("The column's header as written in the file. 列。");
        Field(x => x.Code).Description("A stable code: INVALID_CELL, REQUIRED, DUPLICATE_CUSTOMER, UNKNOWN_USER, " +
            "MISSING_COLUMN, or a domain rule's code. " +
            "稳定的错误码：INVALID_CELL、REQUIRED、DUPLICATE_CUSTOMER、UNKNOWN_USER、MISSING_COLUMN，或业务规则的错误码。");
        Field<NonNullGraphType<StringGraphType>>("message")
            .Description("What is wrong, in the language of the request. 错误说明，使用请求的语言。")
            .Resolve(c => c.PrefersChinese() ? c.Source.ChineseMessage : c.Source.Message);
    }
}

/// <summary>A row's outcome as the API shows it: the record id only once committed, typed by the template.</summary>
public sealed record ImportRowView(ImportRowOutcome Outcome, Guid? RecordId, string RecordType);

public sealed class ImportRowOutcomeType : ObjectGraphType<ImportRowView>
{
    public ImportRowOutcomeType()
    {
        Name = "ImportRowOutcome";
        Description = "One row's outcome. 单行导入结果。";
        Field<NonNullGraphType<IntGraphType>>("row").Description("Row number. 行号。").Resolve(c => c.Source.Outcome.Row);
        Field<NonNullGraphType<ImportRowActionType>>("action")
            .Description("What the import did (or would do) with the row. 该行的处理方式。")
            .Resolve(c => c.Source.Outcome.Action);
        Field<StringGraphType>("label").Description("The row's customer name. 该行的客户名称。").Resolve(
            c => c.Source.Outcome.Label);
        Field<IdGraphType>("existingCustomerId").Description("The existing customer the row matched: the duplicate " +
            "of a 客户信息表 row, or the customer a grade, follow-up, plan or conversion row is about.")
            .Resolve(
                c => c.Source.Outcome.ExistingCustomerId is { } id ? GlobalId.Format(CustomerType.TypeName, id) : null);
        Field<IdGraphType>("recordId").Description("What the row wrote, once committed (null before): a Customer, " +
            "FollowUpRecord, FollowUpPlan or Deal id by template (for grades, the Customer). 提交后该行写入的记录（提交前为 " +
            "null）：按模板为 Customer、FollowUpRecord、FollowUpPlan 或 Deal 的 id（客户分级表为 Customer）。")
            .Resolve(c => c.Source.RecordId is { } id ? GlobalId.Format(c.Source.RecordType, id) : null);
    }
}

public sealed class ImportColumnType : ObjectGraphType<ImportColumn>
{
    public ImportColumnType()
    {
        Name = "ImportColumn";
        Description = "One column of an imported file and where it lands. 导入文件的一列及其去向。";
        Field(x => x.Header).Description("The header as the file writes it. 表头。");
        Field(x => x.Field, nullable: true)
            .Description("The field it is read into (a column key such as phone), or null. 字段。");
        Field(x => x.FieldName, nullable: true).Description("The field's name in the template (联系电话), or null. 字段名称。");
        Field<NonNullGraphType<ImportColumnStatusType>>("status")
            .Description("Mapped, ignored on request, or not imported. 状态。")
            .Resolve(c => c.Source.Status);
        Field(x => x.RowsWithData)
            .Description("For a column not imported: the rows holding data there, which would be lost. 含数据的行数。");
    }
}
