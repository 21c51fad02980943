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
        // Introspection gets 16 levels (graphql-js's getIntrospectionQuery is 13 deep, ADR-035); this is 17.
        var response = await _api.PostAsync(_token, "{ __schema { types { fields { type { ofType { ofType { ofType { " +
            "ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } " +
            "} } } } } } } } }");

        ShouldBeRefused(response, "MAX_DEPTH_EXCEEDED", "Crm:GraphQL:MaxDepth", "limit is 16");
    }

    [Fact]
    public async Task A_repeated_too_deep_query_is_refused_every_time()
    {
        const string Query = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { " +
            "ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } " +
            "} } } } } }";

        var first = await _api.PostAsync(_token, Query);
        var second = await _api.PostAsync(_token, Query);

        ShouldBeRefused(first, "MAX_DEPTH_EXCEEDED", "Crm:GraphQL:MaxDepth", "limit is 16");
        ShouldBeRefused(second, "MAX_DEPTH_EXCEEDED", "Crm:GraphQL:MaxDepth", "limit is 16");
    }

    [Fact]
    public async Task A_cached_document_is_still_refused_when_its_variables_make_it_too_costly()
    {
        // The light request caches the document (ADR-046); the cost limit still counts the heavy request's $n.
        const string Page = "customers(first: $n) { nodes { contacts { id name phone email title weChat address " +
            "notes } deals { id product amount currency status openedAt closedAt lostNote } } }";
        var query = $"query($n: Int) {{ a: {Page} b: {Page} c: {Page} d: {Page} }}";

        var light = await _api.PostAsync(_token, query, new { n = 5 });
        var heavy = await _api.PostAsync(_token, query, new { n = 50 });
        var heavyAgain = await _api.PostAsync(_token, query, new { n = 50 });
        var wrongType = await _api.PostAsync(_token, query, new { n = "many" });

        light.Errors.ShouldBeNull(light.ToString());
        ShouldBeRefused(heavy, "MAX_COMPLEXITY_EXCEEDED", "Crm:GraphQL:MaxComplexity", "estimated cost is 32604");
        ShouldBeRefused(heavyAgain, "MAX_COMPLEXITY_EXCEEDED", "Crm:GraphQL:MaxComplexity", "limit is 25000");
        wrongType.Data.ShouldBeNull(wrongType.ToString());
        wrongType.Errors.ShouldNotBeNull().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Depth_counts_through_fragments()
    {
        var response = await _api.PostAsync(_token, """
            { __schema { types { fields { type { ...Deep } } } } }
            fragment Deep on __Type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }
            """);

        ShouldBeRefused(response, "MAX_DEPTH_EXCEEDED", "Crm:GraphQL:MaxDepth", "limit is 16");
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
    public async Task Pages_of_lists_that_multiply_beyond_the_cost_limit_are_refused_with_MAX_COMPLEXITY_EXCEEDED()
    {
        // Per alias: 50 customers × (10 contacts × 8 fields + 10 deals × 8 fields), each field 1: 1 + 50 × 163 = 8,151.
        const string Page = "customers(first: $n) { nodes { contacts { id name phone email title weChat address " +
            "notes } deals { id product amount currency status openedAt closedAt lostNote } } }";
        var query = $"query($n: Int) {{ a: {Page} b: {Page} c: {Page} d: {Page} }}";

        var heavy = await _api.PostAsync(_token, query, new { n = 50 });
        var literal = await _api.PostAsync(_token, query.Replace(
            "query($n: Int)", string.Empty, StringComparison.Ordinal).Replace("$n", "50", StringComparison.Ordinal));
        var light = await _api.PostAsync(_token, query, new { n = 5 });
        var dashboard = await _api.PostAsync(_token, "{ customers(first: 50) { totalCount nodes { id name grade " +
            "stage owner { login } contacts { name phone } openDeals { product amount } } } }");

        ShouldBeRefused(heavy, "MAX_COMPLEXITY_EXCEEDED", "Crm:GraphQL:MaxComplexity", "estimated cost is 32604");
        ShouldBeRefused(literal, "MAX_COMPLEXITY_EXCEEDED", "Crm:GraphQL:MaxComplexity", "limit is 25000");
        light.Errors.ShouldBeNull(light.ToString());
        dashboard.Errors.ShouldBeNull(dashboard.ToString());
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
