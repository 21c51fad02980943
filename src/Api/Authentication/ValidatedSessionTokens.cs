using System.Collections.Concurrent;
using System.Security.Claims;

namespace CrmGraph.Api.Authentication;

/// <summary>
/// Session tokens whose signature, issuer, audience and lifetime were checked, kept until they expire, so a token a
/// client sends with every request has its signature checked once (issue #16, ADR-051). Only accepted tokens are
/// kept. The signing keys are fixed for the life of the process, so a token valid once stays valid until its own
/// expiry (plus the clock skew the check allows); the user behind it is still loaded on every request, so a
/// deactivation or a revocation takes effect as before. At most <see cref="Capacity"/> tokens.
/// </summary>
public sealed class ValidatedSessionTokens(TimeSpan clockSkew)
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _tokens = new(StringComparer.Ordinal);

    public int Count => _tokens.Count;

    /// <summary>The identity a token was found valid with, when it has not expired by <paramref name="utcNow"/>.
    /// </summary>
    public bool TryGet(string token, DateTime utcNow, out ClaimsIdentity? identity, out DateTime validTo)
    {
        if (_tokens.TryGetValue(token, out var entry))
        {
            if (utcNow <= entry.ValidTo + clockSkew)
            {
                (identity, validTo) = (entry.Identity, entry.ValidTo);
                return true;
            }

            _tokens.TryRemove(token, out _);
        }

        (identity, validTo) = (null, default);
        return false;
    }

    /// <summary>Keeps a token the handler accepted; when full, the expired ones go first, then all.</summary>
    public void Add(string token, ClaimsIdentity identity, DateTime validTo, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (_tokens.Count >= Capacity)
        {
            foreach (var (key, entry) in _tokens)
            {
                if (utcNow > entry.ValidTo + clockSkew)
                {
                    _tokens.TryRemove(key, out _);
                }
            }

            if (_tokens.Count >= Capacity)
            {
                _tokens.Clear();
            }
        }

        _tokens[token] = new Entry(identity, validTo);
    }

    private sealed record Entry(ClaimsIdentity Identity, DateTime ValidTo);
}
