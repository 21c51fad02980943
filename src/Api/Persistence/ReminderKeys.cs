using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrmGraph.Api.Persistence;

/// <summary>
/// Recognises the one constraint violation that means "this reminder was already issued" (by another node or run).
/// </summary>
public static class ReminderKeys
{
    public const string UniqueIndexName = "ux_reminders_key";

    public static bool IsAlreadyIssued(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            PostgresException pg =>
                pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName == UniqueIndexName,

            // SQLite names the columns, not the index: "UNIQUE constraint failed: reminders.key".
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067 && sqlite.Message.Contains(
                "reminders.key", StringComparison.Ordinal),
            _ => false,
        };
    }
}
