using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CrmGraph.Api.Persistence.AccessLog;

/// <summary>
/// Writes access rows as one multi-row <c>INSERT … ON CONFLICT DO NOTHING</c> per chunk (both engines), so a flush is
/// one statement, however many customers a page returned; rows another node wrote first are skipped by the unique
/// index instead of read beforehand. Values are bound through EF's own type mappings, so they are stored exactly as
/// EF stores them (ADR-032).
/// </summary>
internal static class CustomerAccessInsert
{
    /// <summary>Rows per statement: 7 parameters each stays below SQLite's 32,766 and PostgreSQL's 65,535.</summary>
    public const int MaxRows = 2000;

    public static async Task WriteAsync(
        CrmDbContext db, IReadOnlyList<CustomerAccess> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var entity = db.Model.FindEntityType(typeof(CustomerAccess))
            ?? throw new InvalidOperationException("CustomerAccess is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToList();

        // A command only to create parameters the engine's way; the statement runs through EF (and its interceptors).
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        foreach (var chunk in rows.Chunk(MaxRows))
        {
            var parameters = new List<DbParameter>(chunk.Length * properties.Count);
            for (var r = 0; r < chunk.Length; r++)
            {
                for (var p = 0; p < properties.Count; p++)
                {
                    var value = properties[p].GetGetter().GetClrValue(chunk[r]);
                    var mapping = properties[p].GetRelationalTypeMapping();
                    parameters.Add(mapping.CreateParameter(factory, Name(r, p), value));
                }
            }

            var sql = Sql(table, properties, chunk.Length);
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Name(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"@p{row}_{column}");

    private static string Sql(StoreObjectIdentifier table, IReadOnlyList<IProperty> properties, int rows)
    {
        var sql = new StringBuilder("INSERT INTO ").Append(table.Name).Append(" (")
            .AppendJoin(", ", properties.Select(p => p.GetColumnName(table))).Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (").AppendJoin(", ", properties.Select((_, p) => Name(r, p))).Append(')');
        }

        return sql.Append(" ON CONFLICT DO NOTHING").ToString();
    }
}
