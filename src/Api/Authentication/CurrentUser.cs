using System.Security.Claims;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Authentication;

/// <summary>
/// The signed-in user of this request, loaded once from the database so that a changed role or a
/// deactivated account takes effect immediately, not when the token expires.
/// </summary>
public sealed class CurrentUser(CrmDbContext db)
{
    private User? _user;
    private bool _loaded;

    public async Task<User?> FindAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return _user;
        }

        var subject = principal?.FindFirst(CrmClaims.Subject)?.Value;
        _user = Guid.TryParse(subject, out var id)
            ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.IsActive, cancellationToken).ConfigureAwait(false)
            : null;
        _loaded = true;
        return _user;
    }
}
