using System.Text.RegularExpressions;
using CrmGraph.Api.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Schema;

/// <summary>
/// Low-code tools show descriptions as their forms' help text, to Chinese and English readers alike: every type,
/// field, argument, input field and enum value of ours says what it is in both languages.
/// </summary>
public sealed partial class SchemaDescriptionTests
{
    // The spec's own scalars are described by the spec, in English, for every GraphQL server alike.
    private static readonly HashSet<string> SpecScalars = ["String", "Int", "Float", "Boolean", "ID"];

    [Fact]
    public async Task Every_element_of_the_schema_is_described_in_Chinese_and_English()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        var offenders = api.WithScope(sp => Offenders(sp.GetRequiredService<CrmSchema>()));

        offenders.ShouldBeEmpty($"{offenders.Count} schema elements lack a Chinese or an English description:\n" +
            string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("The customer. 客户。", true)]
    [InlineData("客户。", false)]
    [InlineData("The customer.", false)]
    [InlineData("", false)]
    [InlineData("ABC 等级 grade.", true)]
    public void A_description_counts_only_with_a_Chinese_term_and_English_words(string description, bool bilingual) =>
        IsBilingual(description).ShouldBe(bilingual);

    [Fact]
    public void A_schema_with_one_language_missing_anywhere_is_named_element_by_element()
    {
        var query = new ObjectGraphType { Name = "Query", Description = "Reads. 查询。" };
        query.Field<StringGraphType>("name").Description("客户名称。")
            .Argument<IntGraphType>("limit", "At most this many. 最多条数。");
        query.Field<StringGraphType>("stage").Description("The stage. 阶段。")
            .Argument<IntGraphType>("page", "The page.");
        var grade = new EnumerationGraphType { Name = "Grade", Description = "Grade. 等级。" };
        grade.Add("A", "A", "A 级。");
        query.Field("grade", grade).Description("The grade. 等级。");
        using var schema = new global::GraphQL.Types.Schema { Query = query };

        Offenders(schema).ShouldBe(["Grade.A: \"A 级。\"", "Query.name: \"客户名称。\"", "Query.stage(page): \"The page.\""],
            ignoreOrder: true);
    }

    internal static List<string> Offenders(ISchema schema)
    {
        schema.Initialize();
        var offenders = new List<string>();
        void Check(string coordinate, string? description)
        {
            if (!IsBilingual(description))
            {
                offenders.Add($"{coordinate}: \"{description}\"");
            }
        }

        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)
                     && !SpecScalars.Contains(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Check(type.Name, type.Description);
            switch (type)
            {
                case IComplexGraphType complex:
                    foreach (var field in complex.Fields)
                    {
                        Check($"{type.Name}.{field.Name}", field.Description);
                        foreach (var argument in field.Arguments ?? [])
                        {
                            Check($"{type.Name}.{field.Name}({argument.Name})", argument.Description);
                        }
                    }

                    break;
                case EnumerationGraphType enumeration:
                    foreach (var value in enumeration.Values)
                    {
                        Check($"{type.Name}.{value.Name}", value.Description);
                    }

                    break;
            }
        }

        return offenders;
    }

    internal static bool IsBilingual(string? description) =>
        description is not null && Chinese().IsMatch(description) && English().IsMatch(description);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex English();
}
