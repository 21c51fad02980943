using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmGraph.Api.Reminders.WakeUps;

/// <summary>
/// PostgreSQL only: every reminder row inserted, by any node and any path, sends <c>NOTIFY crm_reminders</c> with its
/// ids and kind when its transaction commits (a rolled-back reminder wakes nobody). Called from the PostgreSQL
/// migration; SQLite runs one process, where the in-process event hub is enough.
/// </summary>
public static class ReminderWakeUpSql
{
    public const string Channel = "crm_reminders";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""
            CREATE OR REPLACE FUNCTION crm_notify_reminder() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM pg_notify(
                '{Channel}',
                NEW.id::text || ' ' || NEW.recipient_id::text || ' ' || NEW.customer_id::text || ' ' || NEW.kind);
              RETURN NULL;
            END $$;
            CREATE TRIGGER reminders_wake_up AFTER INSERT ON reminders
              FOR EACH ROW EXECUTE FUNCTION crm_notify_reminder();
            """);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(
            "DROP TRIGGER IF EXISTS reminders_wake_up ON reminders; DROP FUNCTION IF EXISTS crm_notify_reminder();");
    }
}
