using System.Text.RegularExpressions;

namespace CrmGraph.Api.Tests.Hosting;

public sealed class ServerVersionTests
{
    private static readonly string Changelog = Path.Combine(CrmGraph.Tests.Shared.RepositoryPaths.Root, "CHANGELOG.md");

    [Fact]
    public async Task Every_answer_names_the_release_and_serverInfo_tells_it_too()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        using var anonymous = api.CreateClient();

        using var refused = await anonymous.GetAsync(new Uri("/graphql?query={me{login}}", UriKind.Relative));
        var answer = await api.PostAsync(await api.TokenAsync("admin"), "{ serverInfo { version } }");

        refused.Headers.GetValues(ServerVersion.Header).Single().ShouldBe(ServerVersion.Current);
        answer.Body["data"]!["serverInfo"]!["version"]!.GetValue<string>().ShouldBe(ServerVersion.Current);
        ServerVersion.Current.ShouldMatch(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$");
    }

    [Fact]
    public async Task The_changelog_and_the_released_schemas_know_this_version()
    {
        var changelog = await File.ReadAllTextAsync(Changelog);
        var releases = Directory.GetFiles(
            Path.Combine(CrmGraph.Tests.Shared.RepositoryPaths.Root, "schema", "releases"), "*.graphql");

        Regex.IsMatch(changelog, $@"^## \[{Regex.Escape(ServerVersion.Current)}\] - \d{{4}}-\d{{2}}-\d{{2}}$",
            RegexOptions.Multiline).ShouldBeTrue($"CHANGELOG.md has no dated entry for {ServerVersion.Current}");
        releases.Select(Path.GetFileNameWithoutExtension).ShouldContain(ServerVersion.Current);
    }
}
