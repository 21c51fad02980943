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
/// live ones as they are committed. It listens before it reads the stored rows and skips what it already sent, so nothing falls into
/// the seam and nothing comes twice. The rows are the truth: a reconnecting client passes its last id and gets
/// whatever it missed, whichever node stored it. A subscriber too slow for its live queue loses nothing either: the
/// ids that did not fit are read back from the rows.
/// </summary>
public sealed class ReminderFeed(IObservable<IDomainEvent> events, IServiceScopeFactory scopes, Viewer viewer, Guid? after, int liveCapacity = ReminderFeed.LiveCapacity) : IObservable<object?>
{
    public const int PageSize = 100;

    /// <summary>Live ids a subscriber may fall behind by before the feed reads the rest back from the table.</summary>
    public const int LiveCapacity = 4096;

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var live = Channel.CreateBounded<Guid>(new BoundedChannelOptions(liveCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        var listen = new Listen(live.Writer, viewer.UserId);
        var upstream = events.Subscribe(listen);
        var stop = new CancellationTokenSource();
        _ = PumpAsync(live.Reader, listen, observer, stop.Token);
        return new Subscription(upstream, live.Writer, stop);
    }

    private static void Deliver(IObserver<object?> observer, Domain.Reminders.Reminder reminder)
    {
        observer.OnNext(reminder);
        Telemetry.CrmTelemetry.RemindersDelivered.Add(1, new KeyValuePair<string, object?>("kind", reminder.Kind.ToString()));
    }

    private async Task PumpAsync(ChannelReader<Guid> live, Listen listen, IObserver<object?> observer, CancellationToken cancellationToken)
    {
        var sent = new HashSet<Guid>();
        try
        {
            await ReplayAsync(after, inclusive: false, sent, observer, cancellationToken).ConfigureAwait(false);
            await foreach (var id in live.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (sent.Add(id) && await FindAsync(id, cancellationToken).ConfigureAwait(false) is { } reminder)
                {
                    Deliver(observer, reminder);
                }

                if (listen.TakeFirstDropped() is { } dropped)
                {
                    await ReplayAsync(dropped, inclusive: true, sent, observer, cancellationToken).ConfigureAwait(false);
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

    // The stored reminders after (or from) a reminder, in the recipient's commit order (ReminderSequences), in pages;
    // what was sent is skipped.
    private async Task ReplayAsync(Guid? from, bool inclusive, HashSet<Guid> sent, IObserver<object?> observer, CancellationToken cancellationToken)
    {
        var position = await PositionAsync(from, inclusive, cancellationToken).ConfigureAwait(false);
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
    /// The sequence number the replay starts after: that of the given reminder (less one when it is to be included),
    /// or, for an id this subscriber has no reminder with, the highest of those issued up to it.
    /// </summary>
    private async Task<long> PositionAsync(Guid? from, bool inclusive, CancellationToken cancellationToken)
    {
        if (from is not { } id)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var reminders = VisibilityScope.Reminders(scope.ServiceProvider.GetRequiredService<CrmDbContext>().Reminders.AsNoTracking(), viewer);
        var own = await reminders.Where(r => r.Id == id).Select(r => (long?)EF.Property<long>(r, ReminderSequences.Property))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (own is { } sequence)
        {
            return inclusive ? sequence - 1 : sequence;
        }

        // Ids are UUID v7: those at or below an unknown id were issued before it.
        return await reminders.Where(r => r.Id <= id).MaxAsync(r => (long?)EF.Property<long>(r, ReminderSequences.Property), cancellationToken).ConfigureAwait(false) ?? 0;
    }

    private async Task<List<(Reminder Reminder, long Sequence)>> StoredAfterAsync(long position, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var page = await VisibilityScope.Reminders(scope.ServiceProvider.GetRequiredService<CrmDbContext>().Reminders.AsNoTracking(), viewer)
            .Where(r => EF.Property<long>(r, ReminderSequences.Property) > position)
            .OrderBy(r => EF.Property<long>(r, ReminderSequences.Property))
            .Select(r => new { Reminder = r, Sequence = EF.Property<long>(r, ReminderSequences.Property) })
            .Take(PageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. page.Select(p => (p.Reminder, p.Sequence))];
    }

    private async Task<Reminder?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await VisibilityScope.Reminders(scope.ServiceProvider.GetRequiredService<CrmDbContext>().Reminders.AsNoTracking(), viewer)
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
    }

    private sealed class Listen(ChannelWriter<Guid> writer, Guid recipientId) : IObserver<IDomainEvent>
    {
        private readonly Lock _gate = new();
        private Guid? _firstDropped;

        public void OnNext(IDomainEvent value)
        {
            if (value is ReminderIssued issued && issued.RecipientId == recipientId && !writer.TryWrite(issued.ReminderId))
            {
                // The queue is full: remember the lowest id that did not fit; the pump reads from there on.
                lock (_gate)
                {
                    if (_firstDropped is not { } first || issued.ReminderId < first)
                    {
                        _firstDropped = issued.ReminderId;
                    }
                }
            }
        }

        /// <summary>The lowest id dropped since the last call, or null.</summary>
        public Guid? TakeFirstDropped()
        {
            lock (_gate)
            {
                var first = _firstDropped;
                _firstDropped = null;
                return first;
            }
        }

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnCompleted() => writer.TryComplete();
    }

    private sealed class Subscription(IDisposable upstream, ChannelWriter<Guid> writer, CancellationTokenSource stop) : IDisposable
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
