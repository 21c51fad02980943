using CrmGraph.Api.Configuration;
using CrmGraph.Api.Events;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;

namespace CrmGraph.Api.Authentication;

/// <summary>
/// Ends a live stream (WebSocket session, SSE subscription) when its credential stops being valid: at once when this
/// node revokes the token or changes the user, and otherwise at the node's next <see cref="CredentialSweep"/> (a
/// revocation on another node, an expired token), every <see cref="AuthOptions.RevalidateInterval"/>.
/// </summary>
public sealed class CredentialWatch : IDisposable, IObserver<IDomainEvent>
{
    private readonly CancellationTokenSource _ended = new();
    private readonly Viewer _viewer;
    private readonly string _token;
    private readonly IServiceScopeFactory _scopes;
    private readonly IDisposable _subscription;
    private readonly CredentialSweep _sweep;
    private int _checking;

    private CredentialWatch(Viewer viewer, string token, IServiceProvider services)
    {
        _viewer = viewer;
        _token = token;
        _scopes = services.GetRequiredService<IServiceScopeFactory>();
        _subscription = services.GetRequiredService<EventHub<IDomainEvent>>().Subscribe(this);
        _sweep = services.GetRequiredService<CredentialSweep>();
        _sweep.Add(this);
    }

    /// <summary>The credential as the stream presented it (the sweep checks each distinct one once).</summary>
    internal string Token => _token;

    /// <summary>
    /// Cancelled when the credential was revoked or expired, or its user deactivated or changed role or team.
    /// </summary>
    public CancellationToken Ended => _ended.Token;

    public static CredentialWatch Start(Viewer viewer, string token, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new CredentialWatch(viewer, token, services);
    }

    public void OnNext(IDomainEvent value)
    {
        switch (value)
        {
            case CredentialsRevoked revoked when revoked.UserId == _viewer.UserId
                && (revoked.ApiTokenId is null || revoked.ApiTokenId == _viewer.ApiTokenId):
                End();
                break;
            case UserChanged changed when changed.UserId == _viewer.UserId:
                _ = RecheckAsync();
                break;
        }
    }

    public void OnError(Exception error)
    {
    }

    public void OnCompleted()
    {
    }

    public void Dispose()
    {
        _sweep.Remove(this);
        _subscription.Dispose();
        End();
        _ended.Dispose();
    }

    /// <summary>
    /// Ends the stream unless the credential still signs in the same user with the same role and team.
    /// </summary>
    internal void Apply(CredentialCheck check)
    {
        if (check.Viewer is not { } now || now.Role != _viewer.Role || now.TeamId != _viewer.TeamId)
        {
            End();
        }
    }

    private async Task RecheckAsync()
    {
        if (Interlocked.Exchange(ref _checking, 1) == 1)
        {
            return;
        }

        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var validator = scope.ServiceProvider.GetRequiredService<BearerTokenValidator>();
            var check = await validator.CheckAsync(_token, scope.ServiceProvider, CancellationToken.None, fresh: true)
                .ConfigureAwait(false);
            Apply(check);
        }
        catch (ObjectDisposedException)
        {
            // The watch or the host is going away.
        }
        finally
        {
            Volatile.Write(ref _checking, 0);
        }
    }

    private void End()
    {
        try
        {
            _ended.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already disposed.
        }
    }
}
