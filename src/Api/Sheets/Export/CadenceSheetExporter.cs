using CrmGraph.Api.Persistence;
using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Sheets.Export;

/// <summary>
/// 跟进策略: the viewer's team's cadence, one row per setting (A类 每天 … 每日上限 3次), in the words the import reads
/// back (an English sheet writes the rows' names and plain numbers). Not an <see cref="ISheetExporter"/>: it writes a
/// team's settings, not rows of customers.
/// </summary>
public sealed class CadenceSheetExporter(CrmDbContext db)
{
    /// <summary>The rows the sheet holds: one per setting.</summary>
    public static int RowCount => Enum.GetValues<CadenceSetting>().Length;

    public async Task<int> WriteAsync(
        Guid teamId,
        ExportFormat format,
        SheetLanguage language,
        Stream output,
        CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == teamId, cancellationToken)
            .ConfigureAwait(false);
        var template = Templates.Templates.Cadence;
        var rows = Enum.GetValues<CadenceSetting>()
            .Select(s => (IReadOnlyList<string?>)
                [Choices.CadenceRow.Write(s, language), Frequency(team.Cadence, s, language)])
            .ToList();
        var sheetName = language == SheetLanguage.Chinese ? template.ChineseName : template.EnglishName;
        var headers = template.Columns.Where(c => c.Exported).Select(c => c.Header(language)).ToList();
        await SheetWriter.WriteAsync(output, format, sheetName, headers, rows, cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    private static string Frequency(CadencePolicy cadence, CadenceSetting setting, SheetLanguage language)
    {
        var value = CadenceValues.Of(cadence, setting);
        return language == SheetLanguage.Chinese
            ? CadenceValues.WriteDays(setting, value)
            : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
