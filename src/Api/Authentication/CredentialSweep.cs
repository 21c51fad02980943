using System.Collections.Concurrent;
using CrmGraph.Api.Configuration;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api.Authentication;

/// <summary>
/// The periodic re-check of every open stream's credential (a revocation on another node, an expired token, a user
/// changed elsewhere), as one sweep per <see cref="AuthOptions.RevalidateInterval"/> for the whole node: each distinct
/// token is checked once however many streams use it, and no stream keeps a timer of its own (issue #5: 10,000 idle
/// subscribers on a node).
/// </summary>
public sealed class CredentialSweep(
    IServiceScopeFactory scopes, IOptions<CrmOptions> options, ILogger<CredentialSweep> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<CredentialWatch, byte> _watches = new();

    public int Count => _watches.Count;

    public void Add(CredentialWatch watch) => _watches.TryAdd(watch, 0);

    public void Remove(CredentialWatch watch) => _watches.TryRemove(watch, out _);

    /// <summary>Checks every watched token once and ends the streams whose credential no longer holds.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        foreach (var group in _watches.Keys.GroupBy(w => w.Token, StringComparer.Ordinal))
        {
            await using var scope = scopes.CreateAsyncScope();
            var check = await scope.ServiceProvider.GetRequiredService<BearerTokenValidator>()
                .CheckAsync(group.Key, scope.ServiceProvider, cancellationToken, fresh: true).ConfigureAwait(false);
            foreach (var watch in group)
            {
                watch.Apply(check);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Auth.RevalidateInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await SweepAsync(stoppingToken).ConfigureAwait(false);
                }
                // One failed sweep (database unreachable) must not stop the next; streams stay open meanwhile.
#pragma warning disable CA1031
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    logger.LogWarning(ex, "The credential sweep over {Streams} open streams failed; retrying at the " +
                        "next interval.", _watches.Count);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
