using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Teams;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Identity;

/// <summary>On an empty database, founds a default team and enrolls the <c>admin</c> user.</summary>
public sealed class FirstRunSeeder(CrmDbContext db, IIdGenerator ids, TimeProvider time, ILogger<FirstRunSeeder> logger)
{
    public const string AdminLogin = "admin";
    public const string DefaultTeamName = "Default team";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var now = time.GetUtcNow();
        var team = Team.Found(ids.NewId(), DefaultTeamName, Team.DefaultTimeZoneId, now);
        var admin = User.Enroll(ids.NewId(), AdminLogin, "Administrator", UserRole.Admin, team.Id, now);
        db.Teams.Add(team);
        db.Users.Add(admin);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Empty database: created team '{Team}' and user '{Login}'", team.Name, admin.Login);
    }
}
