using CrmGraph.Api.Sheets.Export;
using CrmGraph.Api.Sheets.Import;

namespace CrmGraph.Api.Sheets;

public static class SheetsServiceCollectionExtensions
{
    /// <summary>
    /// Spreadsheet import and export (issue #8): the service, one importer and one exporter per template.
    /// </summary>
    public static IServiceCollection AddCrmSheets(this IServiceCollection services)
    {
        services.AddScoped<SheetImportService>();
        services.AddScoped<ISheetRowsImporter, CustomerSheetImporter>();
        services.AddScoped<ISheetRowsImporter, GradeSheetImporter>();
        services.AddScoped<ISheetRowsImporter, FollowUpRecordSheetImporter>();
        services.AddScoped<ISheetRowsImporter, FollowUpPlanSheetImporter>();
        services.AddScoped<ISheetRowsImporter, ConversionSheetImporter>();
        services.AddScoped<ISheetRowsImporter, ServiceSheetImporter>();
        services.AddScoped<ISheetRowsImporter, CadenceSheetImporter>();
        services.AddScoped<ISheetExporter, CustomerSheetExporter>();
        services.AddScoped<ISheetExporter, GradeSheetExporter>();
        services.AddScoped<ISheetExporter, FollowUpRecordSheetExporter>();
        services.AddScoped<ISheetExporter, FollowUpPlanSheetExporter>();
        services.AddScoped<ISheetExporter, ConversionSheetExporter>();
        services.AddScoped<ISheetExporter, ServiceSheetExporter>();
        return services;
    }
}
