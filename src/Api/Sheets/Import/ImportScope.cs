using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Bulk;
using CrmGraph.Api.Sheets.Reading;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Teams;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// What every template importer works with: one context inside the file's transaction, the importing user, the time.
/// </summary>
public sealed class ImportScope(
    CrmDbContext db,
    Viewer viewer,
    Team team,
    TeamUsers users,
    DateTimeOffset now,
    Func<Guid> newId,
    DuplicateAction onDuplicate,
    int batchSize,
    bool copyNewRows = true)
{
    public CrmDbContext Db { get; } = db;

    public Viewer Viewer { get; } = viewer;

    public Team Team { get; } = team;

    public TeamUsers Users { get; } = users;

    public DateTimeOffset Now { get; } = now;

    public Func<Guid> NewId { get; } = newId;

    public DuplicateAction OnDuplicate { get; } = onDuplicate;

    public int BatchSize { get; } = batchSize;

    /// <summary>
    /// Whether an importer that asks for it may write its new rows with COPY on PostgreSQL (ADR-029); off only to
    /// compare with EF.
    /// </summary>
    public bool CopyNewRows { get; } = copyNewRows;

    /// <summary>Partial mode: the good rows of a batch are written even when others are refused (ADR-034).</summary>
    public bool Partial { get; init; }

    /// <summary>
    /// Runs one batch through <paramref name="pass"/> (which makes the rows' domain calls into the tracked context and
    /// logs each row) and writes it. In partial mode a batch with a refused row is not written as it stands: the row
    /// may have changed a tracked customer before it was refused (an update of a duplicate, a follow-up that moved the
    /// customer's clock). Nothing of the batch is in the database yet, so its tracked changes are forgotten and the
    /// pass runs again over the rows not refused, until a pass refuses none (ADR-043). A refused row leaves nothing.
    /// </summary>
    public async Task RunBatchAsync(
        IReadOnlyList<SheetRow> batch,
        Func<IReadOnlyList<SheetRow>, RowLog, Task> pass,
        ImportReport report,
        CancellationToken cancellationToken,
        bool copyIfOnlyAdded = false)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(pass);
        ArgumentNullException.ThrowIfNull(report);
        var kept = new RowLog();
        IReadOnlyList<SheetRow> rows = batch;
        while (true)
        {
            var log = new RowLog();
            await pass(rows, log).ConfigureAwait(false);
            var refused = log.RefusedRows;
            if (Partial && refused.Count > 0)
            {
                Db.ChangeTracker.Clear();
                kept.Keep(log, refused);
                rows = [.. rows.Where(r => !refused.Contains(r.Number))];
                if (rows.Count > 0)
                {
                    continue;
                }
            }
            else
            {
                await FlushAsync(cancellationToken, copyIfOnlyAdded).ConfigureAwait(false);
                kept.Keep(log, rows.Select(r => r.Number));
            }

            kept.WriteTo(report, batch.Select(r => r.Number));
            return;
        }
    }

    /// <summary>
    /// Writes the batch into the open transaction and forgets it, so memory stays flat however long the file. The
    /// batch's domain events are dropped: an import is announced by its report and audit row, not per row (ADR-014).
    /// </summary>
    /// <remarks>
    /// With <paramref name="copyIfOnlyAdded"/> on PostgreSQL, a batch that only adds rows is written with binary COPY
    /// instead of INSERTs (same rows, same audit entries; ADR-029); a batch that updates goes through EF.
    /// </remarks>
    public async Task FlushAsync(CancellationToken cancellationToken, bool copyIfOnlyAdded = false)
    {
        // One change detection per batch instead of one per Entries/SaveChanges call (ADR-014).
        var autoDetect = Db.ChangeTracker.AutoDetectChangesEnabled;
        Db.ChangeTracker.DetectChanges();
        Db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in Db.ChangeTracker.Entries<AggregateRoot>())
            {
                entry.Entity.ClearDomainEvents();
            }

            if (!copyIfOnlyAdded || !CopyNewRows || Db is not PostgresCrmDbContext
                || !await PostgresCopyWriter.TrySaveAddedAsync(Db, cancellationToken).ConfigureAwait(false))
            {
                await Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            Db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        Db.ChangeTracker.Clear();
    }
}

/// <summary>Imports the rows of one template shape.</summary>
public interface ISheetRowsImporter
{
    Templates.SheetKind Kind { get; }

    Task ImportAsync(
        ImportScope scope,
        Reading.SheetContent content,
        Templates.HeaderMap map,
        ImportReport report,
        CancellationToken cancellationToken);
}
