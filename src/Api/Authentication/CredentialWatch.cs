using CrmGraph.Api.Configuration;
using CrmGraph.Api.Events;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.Authentication;

/// <summary>
/// Ends a live stream (WebSocket session, SSE subscription) when its credential stops being valid: at once when this
/// node revokes the token or changes the user, and otherwise at the next periodic re-check (a revocation on another
/// node, an expired token), every <see cref="AuthOptions.RevalidateInterval"/>.
/// </summary>
public sealed class CredentialWatch : IDisposable, IObserver<IDomainEvent>
{
    private readonly CancellationTokenSource _ended = new();
    private readonly Viewer _viewer;
    private readonly string _token;
    private readonly IServiceScopeFactory _scopes;
    private readonly IDisposable _subscription;
    private readonly Task _periodic;
    private int _checking;

    private CredentialWatch(Viewer viewer, string token, IServiceProvider services, TimeSpan interval)
    {
        _viewer = viewer;
        _token = token;
        _scopes = services.GetRequiredService<IServiceScopeFactory>();
        _subscription = services.GetRequiredService<EventHub<IDomainEvent>>().Subscribe(this);
        _periodic = RecheckEveryAsync(interval);
    }

    /// <summary>Cancelled when the credential was revoked or expired, or its user deactivated or changed role or team.</summary>
    public CancellationToken Ended => _ended.Token;

    public static CredentialWatch Start(Viewer viewer, string token, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new CredentialWatch(viewer, token, services, services.GetRequiredService<IOptions<CrmOptions>>().Value.Auth.RevalidateInterval);
    }

    public void OnNext(IDomainEvent value)
    {
        switch (value)
        {
            case CredentialsRevoked revoked when revoked.UserId == _viewer.UserId && (revoked.ApiTokenId is null || revoked.ApiTokenId == _viewer.ApiTokenId):
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
        _subscription.Dispose();
        End();
        _ended.Dispose();
    }

    private async Task RecheckEveryAsync(TimeSpan interval)
    {
        try
        {
            while (!_ended.IsCancellationRequested)
            {
                await Task.Delay(interval, _ended.Token).ConfigureAwait(false);
                await RecheckAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Ended or disposed.
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
            var check = await scope.ServiceProvider.GetRequiredService<BearerTokenValidator>().CheckAsync(_token, scope.ServiceProvider, CancellationToken.None).ConfigureAwait(false);
            if (check.Viewer is not { } now || now.Role != _viewer.Role || now.TeamId != _viewer.TeamId)
            {
                End();
            }
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
