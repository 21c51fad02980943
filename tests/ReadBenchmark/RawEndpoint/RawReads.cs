using Npgsql;

namespace CrmGraph.RawEndpoint;

internal sealed record Row(Guid Id, string Name);

internal sealed record OpenDeal(Guid Id, decimal Amount);

internal sealed record Detail(Guid Id, string Name, string Stage, string? Grade, IReadOnlyList<OpenDeal> OpenDeals);

internal static class RawReads
{
    /// <summary>
    /// A page: the first <c>n</c> rows (the statement reads one more, as a keyset page does). The limit is written
    /// into the statement as CrmGraph's query templates write it (one prepared statement per page size): a generic
    /// plan that does not know the limit may not walk the parts' indexes.
    /// </summary>
    public static async Task<List<Row>> PageAsync(
        NpgsqlDataSource db, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        var limit = (int)parameters.Single(p => p.Name == "n").Value;
        await using var command = db.CreateCommand(
            sql.Replace("@n + 1", (limit + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                StringComparison.Ordinal));
        foreach (var (name, value) in parameters.Where(p => p.Name != "n"))
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct) && rows.Count < limit)
        {
            rows.Add(new Row(reader.GetGuid(0), reader.GetString(1)));
        }

        return rows;
    }

    public static async Task<Detail?> DetailAsync(
        NpgsqlDataSource db, Guid me, Guid team, Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands = { new NpgsqlBatchCommand(RawSql.Customer), new NpgsqlBatchCommand(RawSql.OpenDeals) },
        };
        batch.BatchCommands[0].Parameters.AddWithValue("id", id);
        batch.BatchCommands[0].Parameters.AddWithValue("me", me);
        batch.BatchCommands[0].Parameters.AddWithValue("team", team);
        batch.BatchCommands[1].Parameters.AddWithValue("id", id);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        var (name, stage, grade) =
            (reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        await reader.NextResultAsync(ct);
        var deals = new List<OpenDeal>();
        while (await reader.ReadAsync(ct))
        {
            deals.Add(new OpenDeal(reader.GetGuid(0), reader.GetDecimal(1)));
        }

        return new Detail(id, name, stage, grade, deals);
    }
}
