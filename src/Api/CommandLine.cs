using CrmGraph.Api.Authentication;
using CrmGraph.Api.Configuration;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmGraph.Api;

/// <summary>
/// The verbs of <c>dotnet run --project src/Api -- VERB</c>: <c>token LOGIN [--hours N]</c> prints a bearer token as
/// the last line; <c>migrate</c> brings the database up to date and exits; <c>reencrypt</c> reseals personal data with
/// the active key (after a key rotation); <c>import</c>/<c>export</c> move spreadsheets in and out (see
/// <see cref="Sheets.SheetVerbs"/>); <c>backup FILE</c> copies the SQLite database online (see
/// <see cref="Operations.BackupVerb"/>); no verb runs the server; <c>help</c>, <c>--version</c> and unknown verbs are
/// answered by <see cref="CommandLineHelp"/> before anything is built.
/// </summary>
public static class CommandLine
{
    public static readonly string[] Verbs = ["token", "migrate", "reencrypt", "import", "export", "backup"];

    public static Task<int> RunAsync(string[] args) => RunAsync(args, CommandLineContext.Standard);

    /// <summary>
    /// Runs the verb (or the server) writing to the context's writers; returns the exit code. Tests call this to run
    /// a verb in their own process against their own data directory.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CommandLineContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        if (await CommandLineHelp.TryAnswerAsync(args, Verbs, context).ConfigureAwait(false) is { } answered)
        {
            return answered;
        }

        try
        {
            return await RunVerbAsync(args, context).ConfigureAwait(false);
        }
        catch (Persistence.DatabaseNotUpgradableException ex)
        {
            await context.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<int> RunVerbAsync(string[] args, CommandLineContext context)
    {
        var verb = args.Length > 0 && Verbs.Contains(args[0]) ? args[0] : null;
        var app = CrmApplication.Build(HostArguments(args, verb), context);
        await using (app.ConfigureAwait(false))
        {
            var options = app.Services.GetRequiredService<IOptions<CrmOptions>>().Value;
            switch (verb)
            {
                case "migrate":
                    await app.MigrateAsync(CancellationToken.None).ConfigureAwait(false);
                    await context.Out.WriteLineAsync("Database is up to date.").ConfigureAwait(false);
                    return 0;
                case "token":
                    return await PrintTokenAsync(app, args, context).ConfigureAwait(false);
                case "reencrypt":
                    await app.MigrateAsync(CancellationToken.None).ConfigureAwait(false);
                    var count = await app.Services.GetRequiredService<Persistence.Encryption.FieldResealer>()
                        .ResealAllAsync(CancellationToken.None)
                        .ConfigureAwait(false);
                    await context.Out.WriteLineAsync($"Resealed the personal data of {count} customers with key " +
                        $"'{Persistence.Encryption.FieldProtection.ActiveKeyId}'.").ConfigureAwait(false);
                    return 0;
                case "import":
                    return await Sheets.SheetVerbs.ImportAsync(app, args, context).ConfigureAwait(false);
                case "export":
                    return await Sheets.SheetVerbs.ExportAsync(app, args, context).ConfigureAwait(false);
                case "backup":
                    return await Operations.BackupVerb.RunAsync(app, args, context).ConfigureAwait(false);
                default:
                    if (options.Database.MigrateOnStart)
                    {
                        await app.MigrateAsync(CancellationToken.None).ConfigureAwait(false);
                    }

                    await app.RunAsync().ConfigureAwait(false);
                    return 0;
            }
        }
    }

    private static string[] HostArguments(string[] args, string? verb) => verb switch
    {
        null => args,
        "token" =>
            [.. args.Skip(2).Where((a, i) => a != "--hours" && (i == 0 || args.Skip(2).ElementAt(i - 1) != "--hours"))],
        "import" or "export" => Sheets.SheetVerbs.HostArguments(args),
        "backup" => Operations.BackupVerb.HostArguments(args),
        _ => [.. args.Skip(1)],
    };

    private static async Task<int> PrintTokenAsync(WebApplication app, string[] args, CommandLineContext context)
    {
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            await context.Error.WriteLineAsync("Usage: dotnet run --project src/Api -- token <login> [--hours N]")
                .ConfigureAwait(false);
            return 2;
        }

        TimeSpan? lifetime = null;
        var hoursAt = Array.IndexOf(args, "--hours");
        if (hoursAt > 0)
        {
            if (hoursAt + 1 >= args.Length
                || !double.TryParse(args[hoursAt + 1], System.Globalization.CultureInfo.InvariantCulture, out var hours)
                || hours <= 0)
            {
                await context.Error.WriteLineAsync("--hours needs a positive number, e.g. --hours 24")
                    .ConfigureAwait(false);
                return 2;
            }

            lifetime = TimeSpan.FromHours(hours);
        }

        await app.MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        string login;
        try
        {
            login = User.NormalizeLogin(args[1]);
        }
        catch (DomainException ex)
        {
            await context.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Login == login).ConfigureAwait(false);
        if (user is null || !user.IsActive)
        {
            await context.Error.WriteLineAsync($"No active user with login '{login}'.").ConfigureAwait(false);
            return 1;
        }

        var token = scope.ServiceProvider.GetRequiredService<TokenIssuer>().Issue(user, lifetime);
        await context.Out.WriteLineAsync($"Bearer token for {user.Login} ({user.Role}):").ConfigureAwait(false);
        await context.Out.WriteLineAsync(token).ConfigureAwait(false);
        return 0;
    }
}
