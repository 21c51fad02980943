using System.Collections.Concurrent;
using CrmGraph.Api.Configuration;
using CrmGraph.Api.Events;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.Authentication;

/// <summary>
/// The active users the credential check found, kept for <see cref="AuthOptions.UserCacheDuration"/> (a few seconds)
/// so a request does not cost a read of <c>users</c>. A change or deactivation of the user, or a revocation, made on
/// this node drops the entry at once (domain events, as for <see cref="CredentialWatch"/>); one made on another node
/// takes effect here within that duration. Only active users are kept: a refusal is never cached. Requests that miss
/// together share one read of the user unless a change was announced after it began.
/// </summary>
public sealed class ActiveUserCache : IObserver<IDomainEvent>, IDisposable
{
    private readonly ConcurrentDictionary<Guid, (User User, DateTimeOffset Until)> _users = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _duration;
    private readonly IDisposable _subscription;
    private readonly ConcurrentDictionary<Guid, Load> _loads = new();

    // Bumped by every invalidation; a load that began before one does not store what it read.
    private long _generation;

    public ActiveUserCache(EventHub<IDomainEvent> events, TimeProvider time, IOptions<CrmOptions> options)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _duration = options.Value.Auth.UserCacheDuration;
        _subscription = events.Subscribe(this);
    }

    /// <summary>The cached user, or what <paramref name="load"/> reads (always so when <paramref name="fresh"/>).
    /// </summary>
    public async Task<User?> GetAsync(Guid userId, bool fresh, Func<Task<User?>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = _time.GetUtcNow();
        if (!fresh && _users.TryGetValue(userId, out var cached) && cached.Until > now)
        {
            return cached.User;
        }

        var generation = Interlocked.Read(ref _generation);
        if (!fresh && _loads.TryGetValue(userId, out var running) && running.Generation == generation)
        {
            // Another request is reading this user and no change was announced since it began: its answer is as
            // current as a read of our own, and the requests of one dashboard arriving together cost one read.
            try
            {
                return await running.User.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // That request was aborted; read for ourselves.
            }
        }

        var mine = new Load(load(), generation);
        _loads[userId] = mine;
        try
        {
            var user = await mine.User.ConfigureAwait(false);
            if (user is null || _duration <= TimeSpan.Zero)
            {
                _users.TryRemove(userId, out _);
            }
            else if (Interlocked.Read(ref _generation) == generation)
            {
                _users[userId] = (user, now + _duration);
            }

            return user;
        }
        finally
        {
            _loads.TryRemove(KeyValuePair.Create(userId, mine));
        }
    }

    public void OnNext(IDomainEvent value)
    {
        var userId = value switch
        {
            UserChanged changed => changed.UserId,
            CredentialsRevoked revoked => revoked.UserId,
            _ => (Guid?)null,
        };
        if (userId is { } id)
        {
            Interlocked.Increment(ref _generation);
            _users.TryRemove(id, out _);
        }
    }

    public void OnError(Exception error)
    {
    }

    public void OnCompleted()
    {
    }

    public void Dispose() => _subscription.Dispose();

    private sealed record Load(Task<User?> User, long Generation);
}
