namespace CrmGraph.Api.Tests.Security;

/// <summary>graphql-cop style overloading attacks are refused before execution with a code naming the limit.</summary>
public sealed class OperationLimitsTests : IAsyncLifetime
{
    private TestApi _api = null!;
    private string _token = null!;

    public async Task InitializeAsync()
    {
        _api = await TestApi.StartAsync(Engine.Sqlite);
        _token = await _api.TokenAsync("admin");
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task An_ordinary_nested_query_passes()
    {
        var response = await _api.PostAsync(_token, "{ __schema { types { fields { type { ofType { name } } } } } }");

        response.Errors.ShouldBeNull(response.ToString());
    }

    [Fact]
    public async Task Too_deep_a_query_is_refused_with_MAX_DEPTH_EXCEEDED()
    {
        var response = await _api.PostAsync(_token, "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }");

        ShouldBeRefused(response, "MAX_DEPTH_EXCEEDED", "Crm:GraphQL:MaxDepth", "limit is 12");
    }

    [Fact]
    public async Task Depth_counts_through_fragments()
    {
        var response = await _api.PostAsync(_token, """
            { __schema { types { fields { type { ...Deep } } } } }
            fragment Deep on __Type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } }
            """);

        ShouldBeRefused(response, "MAX_DEPTH_EXCEEDED", "Crm:GraphQL:MaxDepth", "limit is 12");
    }

    [Fact]
    public async Task Alias_overloading_is_refused_with_MAX_ALIASES_EXCEEDED()
    {
        var aliases = string.Join(' ', Enumerable.Range(1, 31).Select(i => $"a{i}: __typename"));

        var response = await _api.PostAsync(_token, $"{{ {aliases} }}");

        ShouldBeRefused(response, "MAX_ALIASES_EXCEEDED", "Crm:GraphQL:MaxAliases", "limit is 30");
    }

    [Fact]
    public async Task Field_duplication_is_refused_with_MAX_FIELDS_EXCEEDED()
    {
        var fields = string.Join(' ', Enumerable.Repeat("__typename", 501));

        var response = await _api.PostAsync(_token, $"{{ {fields} }}");

        ShouldBeRefused(response, "MAX_FIELDS_EXCEEDED", "Crm:GraphQL:MaxFields", "limit is 500");
    }

    [Fact]
    public async Task A_fragment_fan_out_is_cut_off_by_the_field_limit()
    {
        var levels = Enumerable.Range(1, 12).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        var query = "{ ...F1 } " + string.Join(' ', levels) + " fragment F13 on Query { __typename }";

        var response = await _api.PostAsync(_token, query);

        ShouldBeRefused(response, "MAX_FIELDS_EXCEEDED", "Crm:GraphQL:MaxFields", "limit is 500");
    }

    [Fact]
    public async Task Directive_overloading_is_refused_with_MAX_DIRECTIVES_EXCEEDED()
    {
        var fields = string.Join(' ', Enumerable.Range(1, 21).Select(i => $"a{i}: __typename @include(if: true)"));

        var response = await _api.PostAsync(_token, $"{{ {fields} }}");

        ShouldBeRefused(response, "MAX_DIRECTIVES_EXCEEDED", "Crm:GraphQL:MaxDirectives", "limit is 20");
    }

    private static void ShouldBeRefused(GraphQLResponse response, string code, string setting, string limit)
    {
        response.Data.ShouldBeNull(response.ToString());
        var error = response.Errors.ShouldNotBeNull().ShouldHaveSingleItem()!;
        error["extensions"]!["code"]!.GetValue<string>().ShouldBe(code);
        var message = error["message"]!.GetValue<string>();
        message.ShouldContain(setting);
        message.ShouldContain(limit);
    }
}
