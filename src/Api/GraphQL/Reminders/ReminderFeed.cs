using System.Threading.Channels;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Reminders;
using CrmGraph.Api.Visibility;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Reminders;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Reminders;

/// <summary>
/// One subscriber's reminders: first the stored ones after the id it last saw (in the order they were committed), then
/// live ones as they are committed. It listens before it reads the stored rows and skips what it already sent, so
/// nothing falls into the seam and nothing comes twice. The rows are the truth: a reconnecting client passes its last
/// id and gets whatever it missed, whichever node stored it. A subscriber too slow for its live queue loses nothing
/// either: the ids that did not fit are read back from the rows.
/// </summary>
public sealed class ReminderFeed(
    IObservable<IDomainEvent> events, IServiceScopeFactory scopes, Viewer viewer, Guid? after,
    int liveCapacity = ReminderFeed.LiveCapacity) : IObservable<object?>
{
    public const int PageSize = 100;

    /// <summary>Live ids a subscriber may fall behind by before the feed reads the rest back from the table.</summary>
    public const int LiveCapacity = 4096;

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var live = Channel.CreateBounded<Guid>(
            new BoundedChannelOptions(liveCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        var listen = new Listen(live.Writer, viewer.UserId);
        var upstream = events.Subscribe(listen);
        var stop = new CancellationTokenSource();
        _ = PumpAsync(live.Reader, listen, observer, stop.Token);
        return new Subscription(upstream, live.Writer, stop);
    }

    private static void Deliver(IObserver<object?> observer, Domain.Reminders.Reminder reminder)
    {
        observer.OnNext(reminder);
        Telemetry.CrmTelemetry.RemindersDelivered.Add(
            1, new KeyValuePair<string, object?>("kind", reminder.Kind.ToString()));
    }

    private async Task PumpAsync(
        ChannelReader<Guid> live, Listen listen, IObserver<object?> observer, CancellationToken cancellationToken)
    {
        var sent = new HashSet<Guid>();
        try
        {
            var start = await PositionAsync(after, cancellationToken).ConfigureAwait(false);
            await ReplayAsync(start, sent, observer, cancellationToken).ConfigureAwait(false);
            await foreach (var id in live.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // A wake-up can arrive late (LISTEN/NOTIFY from another node, or a commit just before the
                // subscription): one for a reminder at or before the client's last id is one it already has.
                if (sent.Add(id) && await FindAsync(id, cancellationToken).ConfigureAwait(false) is { } found
                    && found.Sequence > start)
                {
                    Deliver(observer, found.Reminder);
                }

                if (listen.TakeDropped() is { Count: > 0 } dropped)
                {
                    await ReplayAsync(await FirstPositionAsync(dropped, cancellationToken).ConfigureAwait(
                        false), sent, observer, cancellationToken).ConfigureAwait(false);
                }
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed.
        }
#pragma warning disable CA1031 // A failing subscriber stream must end with an error event, not crash the process.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            observer.OnError(ex);
        }
    }

    // The stored reminders after a position in the recipient's commit order (ReminderSequences), in pages; what was
    // sent is skipped.
    private async Task ReplayAsync(
        long position, HashSet<Guid> sent, IObserver<object?> observer, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await StoredAfterAsync(position, cancellationToken).ConfigureAwait(false);
            foreach (var stored in page.Where(r => sent.Add(r.Reminder.Id)))
            {
                Deliver(observer, stored.Reminder);
            }

            if (page.Count < PageSize)
            {
                return;
            }

            position = page[^1].Sequence;
        }
    }

    /// <summary>
    /// The sequence number the replay starts after: that of the given reminder, or, for an id this subscriber has no
    /// reminder with, the highest of those issued up to it.
    /// </summary>
    private async Task<long> PositionAsync(Guid? from, CancellationToken cancellationToken)
    {
        if (from is not { } id)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var reminders = VisibilityScope.Reminders(
            scope.ServiceProvider.GetRequiredService<CrmDbContext>().Reminders.AsNoTracking(), viewer);
        var own = await reminders.Where(r => r.Id == id)
            .Select(r => (long?)EF.Property<long>(r, ReminderSequences.Property))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (own is { } sequence)
        {
            return sequence;
        }

        // Ids are UUID v7: those at or below an unknown id were issued before it.
        return await reminders.Where(r => r.Id <= id)
            .MaxAsync(r => (long?)EF.Property<long>(r, ReminderSequences.Property), cancellationToken)
            .ConfigureAwait(false) ?? 0;
    }

    /// <summary>Just before the earliest (in commit order) of reminders that did not fit the live queue.</summary>
    private async Task<long> FirstPositionAsync(List<Guid> dropped, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var first = await VisibilityScope.Reminders(
            scope.ServiceProvider.GetRequiredService<CrmDbContext>().Reminders.AsNoTracking(), viewer)
            .Where(r => dropped.Contains(r.Id))
                .MinAsync(r => (long?)EF.Property<long>(r, ReminderSequences.Property), cancellationToken)
                .ConfigureAwait(false);
        return first is { } sequence ? sequence - 1 : long.MaxValue;
    }

    private async Task<List<(Reminder Reminder, long Sequence)>> StoredAfterAsync(
        long position, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var page = await VisibilityScope.Reminders(
            scope.ServiceProvider.GetRequiredService<CrmDbContext>().Reminders.AsNoTracking(), viewer)
            .Where(r => EF.Property<long>(r, ReminderSequences.Property) > position)
            .OrderBy(r => EF.Property<long>(r, ReminderSequences.Property))
            .Select(r => new { Reminder = r, Sequence = EF.Property<long>(r, ReminderSequences.Property) })
            .Take(PageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. page.Select(p => (p.Reminder, p.Sequence))];
    }

    private async Task<(Reminder Reminder, long Sequence)?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reminders = scope.ServiceProvider.GetRequiredService<CrmDbContext>().Reminders.AsNoTracking();
        var found = await VisibilityScope.Reminders(reminders, viewer)
            .Where(r => r.Id == id)
            .Select(r => new { Reminder = r, Sequence = EF.Property<long>(r, ReminderSequences.Property) })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return found is null ? null : (found.Reminder, found.Sequence);
    }

    private sealed class Listen(ChannelWriter<Guid> writer, Guid recipientId) : IObserver<IDomainEvent>
    {
        private readonly Lock _gate = new();
        private List<Guid> _dropped = [];

        public void OnNext(IDomainEvent value)
        {
            if (value is ReminderIssued issued && issued.RecipientId == recipientId && !writer.TryWrite(
                issued.ReminderId))
            {
                // The queue is full: remember what did not fit; the pump reads from the earliest of them on.
                lock (_gate)
                {
                    _dropped.Add(issued.ReminderId);
                }
            }
        }

        /// <summary>The ids dropped since the last call.</summary>
        public List<Guid> TakeDropped()
        {
            lock (_gate)
            {
                var dropped = _dropped;
                _dropped = [];
                return dropped;
            }
        }

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnCompleted() => writer.TryComplete();
    }

    private sealed class Subscription(
        IDisposable upstream, ChannelWriter<Guid> writer, CancellationTokenSource stop) : IDisposable
    {
        public void Dispose()
        {
            upstream.Dispose();
            writer.TryComplete();
            stop.Cancel();
            stop.Dispose();
        }
    }
}
