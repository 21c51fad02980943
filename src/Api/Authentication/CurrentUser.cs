using System.Security.Claims;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Authentication;

/// <summary>
/// The signed-in user of this request, loaded from the database (or <see cref="ActiveUserCache"/>, a few seconds old at
/// most) so that a changed role or a deactivated account takes effect at once, not when the token expires.
/// </summary>
public sealed class CurrentUser(CrmDbContext db, ActiveUserCache cache)
{
    private User? _user;
    private bool _loaded;

    public async Task<User?> FindAsync(ClaimsPrincipal? principal, bool fresh, CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return _user;
        }

        var subject = principal?.FindFirst(CrmClaims.Subject)?.Value;
        _user = Guid.TryParse(subject, out var id)
            ? await cache.GetAsync(id, fresh, () => db.Users.AsNoTracking()
                .SingleOrDefaultAsync(u => u.Id == id && u.IsActive, cancellationToken)).ConfigureAwait(false)
            : null;
        _loaded = true;
        return _user;
    }
}
