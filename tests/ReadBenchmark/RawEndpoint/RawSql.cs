namespace CrmGraph.RawEndpoint;

/// <summary>
/// The SQL of the benchmark's reads, in the shape CrmGraph sends (ADR-032: the visible set as disjoint parts, each
/// ordered and limited, their ids merged), selecting only what the benchmark's GraphQL selection asks for. The same
/// bodies are PostGraphile's functions in tests/ReadBenchmark/postgraphile.sql.
/// </summary>
internal static class RawSql
{
    public const string SalespersonPage = """
        SELECT c.id, c.name FROM customers AS c
        WHERE c.id IN (
            SELECT id FROM (
                (SELECT id, name FROM customers WHERE owner_id = @me ORDER BY name, id LIMIT @n + 1)
                UNION ALL
                (SELECT c1.id, c1.name FROM customers AS c1 JOIN customer_shares AS s
                   ON c1.id = s.customer_id AND c1.name = s.name AND c1.entered_at = s.entered_at
                 WHERE s.user_id = @me AND (c1.owner_id IS NULL OR c1.owner_id <> @me)
                 ORDER BY c1.name, c1.id LIMIT @n + 1)
                UNION ALL
                (SELECT id, name FROM customers WHERE owner_id IS NULL AND team_id = @team
                 AND NOT (shared_with @> ARRAY[@me]) ORDER BY name, id LIMIT @n + 1)) AS top
            ORDER BY name, id LIMIT @n + 1)
        ORDER BY c.name, c.id LIMIT @n + 1
        """;

    public const string SupervisorOwnerPage = """
        SELECT c.id, c.name FROM customers AS c
        WHERE c.id IN (
            SELECT id FROM (
                (SELECT id, name FROM customers WHERE team_id = @team AND owner_id = @owner
                 ORDER BY name, id LIMIT @n + 1)
                UNION ALL
                (SELECT id, name FROM customers WHERE team_id <> @team AND shared_with @> ARRAY[@me]
                 AND owner_id = @owner ORDER BY name, id LIMIT @n + 1)) AS top
            ORDER BY name, id LIMIT @n + 1)
        ORDER BY c.name, c.id LIMIT @n + 1
        """;

    /// <summary>
    /// A salesperson's view of one customer (the single visibility predicate: one row by primary key).
    /// </summary>
    public const string Customer = """
        SELECT id, name, stage, grade FROM customers
        WHERE id = @id AND (owner_id = @me OR shared_with @> ARRAY[@me] OR (owner_id IS NULL AND team_id = @team))
        """;

    public const string OpenDeals = """
        SELECT id, amount FROM deals WHERE customer_id = @id AND status = 'Open' ORDER BY opened_at DESC, id DESC
        """;
}
