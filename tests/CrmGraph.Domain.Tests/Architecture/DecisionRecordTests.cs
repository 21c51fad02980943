using System.Text.RegularExpressions;
using CrmGraph.Tests.Shared;

namespace CrmGraph.Domain.Tests.Architecture;

/// <summary>
/// A newcomer follows "see ADR-NNN" to one page: numbers are unique, every cited number exists or is listed as
/// withdrawn in docs/decisions/README.md, and that index lists every record.
/// </summary>
public sealed partial class DecisionRecordTests
{
    private static readonly string Decisions = Path.Combine(RepositoryPaths.Root, "docs", "decisions");

    [Fact]
    public void Each_number_names_one_record_and_the_index_lists_them_all()
    {
        var records = Directory.GetFiles(Decisions, "ADR-*.md").Select(Path.GetFileName).ToList();
        var index = File.ReadAllText(Path.Combine(Decisions, "README.md"));

        records.GroupBy(f => f![..7]).Where(g => g.Count() > 1).Select(g => string.Join(" and ", g)).ShouldBeEmpty();
        records.Where(f => !index.Contains($"({f})", StringComparison.Ordinal)).ShouldBeEmpty("missing from the index");
    }

    [Fact]
    public void Every_cited_record_exists_or_is_listed_as_withdrawn()
    {
        var existing = Directory.GetFiles(Decisions, "ADR-*.md").Select(f => Path.GetFileName(f)[..7]).ToHashSet();
        var withdrawn = Withdrawn().Matches(File.ReadAllText(Path.Combine(Decisions, "README.md")))
            .Select(m => m.Groups[1].Value).ToHashSet();
        var cited = new[] { "src", "docs", "tests" }
            .SelectMany(d => Directory.EnumerateFiles(
                Path.Combine(RepositoryPaths.Root, d), "*.*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
                && !f.Contains(
                    $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains(
                    $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Append(Path.Combine(RepositoryPaths.Root, "README.md"))
            .SelectMany(
                f => Citation().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Adr: m.Value)));

        cited.Where(c => !existing.Contains(c.Adr) && !withdrawn.Contains(c.Adr))
            .Select(c => $"{c.File} cites {c.Adr}").Distinct().ShouldBeEmpty();
        withdrawn.Intersect(existing).ShouldBeEmpty("a withdrawn number is in use");
    }

    [GeneratedRegex(@"ADR-\d{3}")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^- (ADR-\d{3}): withdrawn", RegexOptions.Multiline)]
    private static partial Regex Withdrawn();
}
