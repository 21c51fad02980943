using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmGraph.Api.Persistence.Sharing;

/// <summary>
/// PostgreSQL only (ADR-054): <c>customer_shares</c> holds a row per colleague in <c>customers.shared_with</c>, with
/// the customer's name and entry time, kept by triggers on every path that writes customers (the application, the
/// import, a merge, SQL by hand) in the same transaction. Deleting a customer deletes its rows (foreign key).
/// </summary>
public static class CustomerShareSql
{
    /// <summary>
    /// Fills the table from <c>customers</c>; for the migration, and for bulk loads that bypass triggers
    /// (<c>session_replication_role = replica</c>).
    /// </summary>
    public const string Backfill = """
        INSERT INTO customer_shares (user_id, customer_id, name, entered_at)
        SELECT DISTINCT u.user_id, c.id, c.name, c.entered_at
        FROM customers AS c CROSS JOIN LATERAL unnest(c.shared_with) AS u(user_id)
        ON CONFLICT DO NOTHING
        """;

    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION crm_sync_customer_shares() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'UPDATE' THEN
                DELETE FROM customer_shares WHERE customer_id = OLD.id;
              END IF;
              INSERT INTO customer_shares (user_id, customer_id, name, entered_at)
                SELECT DISTINCT u.user_id, NEW.id, NEW.name, NEW.entered_at FROM unnest(NEW.shared_with) AS u(user_id);
              RETURN NULL;
            END $$;
            CREATE TRIGGER customers_shares_inserted AFTER INSERT ON customers
              FOR EACH ROW WHEN (cardinality(NEW.shared_with) > 0) EXECUTE FUNCTION crm_sync_customer_shares();
            CREATE TRIGGER customers_shares_updated AFTER UPDATE OF shared_with, name, entered_at ON customers
              FOR EACH ROW WHEN (OLD.shared_with IS DISTINCT FROM NEW.shared_with OR (cardinality(NEW.shared_with) > 0
                AND (OLD.name, OLD.entered_at) IS DISTINCT FROM (NEW.name, NEW.entered_at)))
              EXECUTE FUNCTION crm_sync_customer_shares();
            """);
        migrationBuilder.Sql(Backfill);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS customers_shares_inserted ON customers;
            DROP TRIGGER IF EXISTS customers_shares_updated ON customers;
            DROP FUNCTION IF EXISTS crm_sync_customer_shares();
            """);
    }
}
