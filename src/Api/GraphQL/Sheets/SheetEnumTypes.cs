using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.Sheets.Export;
using CrmGraph.Api.Sheets.Import;
using CrmGraph.Api.Sheets.Templates;

namespace CrmGraph.Api.GraphQL.Sheets;

public sealed class SpreadsheetTemplateType : DomainEnumType<SheetKind>
{
    public SpreadsheetTemplateType()
    {
        Name = "SpreadsheetTemplate";
        Description = "表格模板: the spreadsheet shapes CrmGraph imports and exports.";
    }
}

public sealed class ImportDuplicateActionType : DomainEnumType<DuplicateAction>
{
    public ImportDuplicateActionType()
    {
        Name = "ImportDuplicateAction";
        Description = "重复处理: what to do with a row whose customer already exists (same phone, email or company name).";
    }
}

public sealed class ImportRowActionType : DomainEnumType<RowAction>
{
    public ImportRowActionType()
    {
        Name = "ImportRowAction";
        Description = "What the import did (or in a dry run would do) with a row. 导入对一行的处理方式（试运行时为将要做的处理）。";
    }
}

public sealed class ImportColumnStatusType : DomainEnumType<ImportColumnStatus>
{
    public ImportColumnStatusType()
    {
        Name = "ImportColumnStatus";
        Description = "What became of a column of an imported file. 导入列的去向。";
    }
}

public sealed class SpreadsheetFormatType : DomainEnumType<ExportFormat>
{
    public SpreadsheetFormatType()
    {
        Name = "SpreadsheetFormat";
        Description = "文件格式 of an export.";
    }
}

public sealed class SpreadsheetLanguageType : DomainEnumType<SheetLanguage>
{
    public SpreadsheetLanguageType()
    {
        Name = "SpreadsheetLanguage";
        Description = "表头语言: the language of the header row (and of words such as 企业/男 in the cells).";
    }
}
