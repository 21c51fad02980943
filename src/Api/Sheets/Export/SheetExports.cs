using CrmGraph.Api.Sheets.Templates;

namespace CrmGraph.Api.Sheets.Export;

public static class SheetExports
{
    /// <summary>The exporter of a template (every template has one).</summary>
    public static ISheetExporter For(this IEnumerable<ISheetExporter> exporters, SheetKind kind) =>
        exporters.FirstOrDefault(e => e.Kind == kind) ?? throw new InvalidOperationException(
            $"No exporter for {kind}.");

    public static string FileName(SheetKind kind, SheetLanguage language, ExportFormat format)
    {
        var template = Templates.Templates.For(kind);
        return (language == SheetLanguage.Chinese ? template.ChineseName : template.EnglishName)
            + SheetWriter.Extension(format);
    }
}
