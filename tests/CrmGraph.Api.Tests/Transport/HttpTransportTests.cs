using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CrmGraph.Api.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Transport;

/// <summary>GraphQL over HTTP as clients see it: the transport is engine-independent, so these run on SQLite.</summary>
public sealed class HttpTransportTests : IAsyncLifetime
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
    public async Task Anonymous_typename_is_answered()
    {
        var (status, _, body) = await PostAsync("""{"query":"{ __typename }"}""", token: null);

        status.ShouldBe(HttpStatusCode.OK);
        body["data"]!["__typename"]!.GetValue<string>().ShouldBe("Query");
    }

    [Fact]
    public async Task A_document_answered_for_a_user_is_still_refused_without_a_token()
    {
        // The first request caches the validated document (ADR-046); the anonymous repeat must still be refused.
        var first = await PostAsync("""{"query":"{ me { login } }"}""", _token);
        var (status, _, body) = await PostAsync("""{"query":"{ me { login } }"}""", token: null);

        first.Body["data"]!["me"]!["login"]!.GetValue<string>().ShouldBe("admin");
        _api.Services.GetRequiredService<ValidatedDocumentCache>().Count.ShouldBeGreaterThan(0);
        status.ShouldBe(HttpStatusCode.Unauthorized);
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("AUTH_NOT_AUTHENTICATED");
    }

    [Fact]
    public async Task Anything_else_without_a_token_is_401_with_a_clear_error()
    {
        var (status, headers, body) = await PostAsync("""{"query":"{ me { login } }"}""", token: null);

        status.ShouldBe(HttpStatusCode.Unauthorized);
        headers.WwwAuthenticate.ShouldStartWith("Bearer");
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("AUTH_NOT_AUTHENTICATED");
        body.ContainsKey("data").ShouldBeFalse();
    }

    [Fact]
    public async Task A_forged_token_is_401_even_for_typename()
    {
        var (status, _, body) = await PostAsync("""{"query":"{ __typename }"}""", token: _token[..^4] + "AAAA");

        status.ShouldBe(HttpStatusCode.Unauthorized);
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("AUTH_INVALID_TOKEN");
    }

    [Fact]
    public async Task A_mutation_over_GET_is_405_with_Allow_and_is_not_executed()
    {
        using var client = _api.CreateClient(_token);
        var query = Uri.EscapeDataString(
            """mutation { createCustomer(input: { name: "GET", kind: INDIVIDUAL }) { customer { id } } }""");

        using var response = await client.GetAsync($"/graphql?query={query}");

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldContain("POST");
        (await _api.WithDbAsync(db => Task.FromResult(db.Customers.Count()))).ShouldBe(0);
    }

    [Fact]
    public async Task GET_reads_query_and_json_variables_from_the_query_string()
    {
        using var client = _api.CreateClient(_token);
        var query = Uri.EscapeDataString("query($n: String!) { __type(name: $n) { name } }");
        var variables = Uri.EscapeDataString("""{"n":"Customer"}""");

        using var response = await client.GetAsync($"/graphql?query={query}&variables={variables}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["__type"]!["name"]!.GetValue<string>()
            .ShouldBe("Customer");
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task Malformed_json_is_400_in_the_negotiated_media_type(string contentType)
    {
        var (status, headers, body) = await PostAsync("""{ "not a JSON""", _token, contentType);

        status.ShouldBe(HttpStatusCode.BadRequest);
        headers.Headers.ContentType!.MediaType.ShouldBe(contentType);
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("INVALID_JSON");
        body.ContainsKey("data").ShouldBeFalse();
    }

    [Theory]
    [InlineData(
        """{"notquery":"{ __typename }"}""", "The 'query' parameter is required and must hold a GraphQL document.")]
    [InlineData("""{"query":42}""", "'query' must be a string; it is a number.")]
    [InlineData("""{"query":"{ __typename }","variables":[1]}""", "'variables' must be an object (a map of names to " +
        "values); it is an array.")]
    [InlineData(
        """{"query":"{ __typename }","operationName":false}""", "'operationName' must be a string; it is a boolean.")]
    [InlineData("""{"query":"{ __typename }","extensions":"x"}""", "'extensions' must be an object (a map of names " +
        "to values); it is a string.")]
    public async Task Ill_formed_requests_name_what_is_wrong(string json, string message)
    {
        var (status, _, body) = await PostAsync(json, _token, "application/graphql-response+json");

        status.ShouldBe(HttpStatusCode.BadRequest);
        body["errors"]![0]!["message"]!.GetValue<string>().ShouldBe(message);
    }

    [Fact]
    public async Task Validation_errors_are_400_for_the_graphql_media_type_and_200_for_legacy_json()
    {
        var strict = await PostAsync("""{"query":"{ nope }"}""", _token, "application/graphql-response+json");
        var legacy = await PostAsync("""{"query":"{ nope }"}""", _token, "application/json");

        strict.Status.ShouldBe(HttpStatusCode.BadRequest);
        legacy.Status.ShouldBe(HttpStatusCode.OK);
        strict.Body.ContainsKey("data").ShouldBeFalse();
    }

    [Fact]
    public async Task Accept_order_and_quality_pick_the_media_type()
    {
        var preferred = await PostAsync(
            """{"query":"{ __typename }"}""", _token, "application/json;q=0.5, application/graphql-response+json");
        var any = await PostAsync("""{"query":"{ __typename }"}""", _token, "*/*");
        var nothing = await PostAsync("""{"query":"{ __typename }"}""", _token, "text/csv");

        preferred.Headers.ContentType!.MediaType.ShouldBe("application/graphql-response+json");
        preferred.Headers.ContentType!.CharSet.ShouldBe("utf-8");
        any.Headers.ContentType!.MediaType.ShouldBe("application/json");
        nothing.Status.ShouldBe(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task Other_content_types_and_methods_are_refused()
    {
        using var client = _api.CreateClient(_token);
        using var form = new StringContent("query={__typename}", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var put = new StringContent("{}", Encoding.UTF8, "application/json");

        using var formResponse = await client.PostAsync("/graphql", form);
        using var putResponse = await client.PutAsync("/graphql", put);
        using var noType = await client.PostAsync("/graphql", new ByteArrayContent([]));

        formResponse.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        putResponse.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        noType.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var huge = "{\"query\":\"{ __typename }\",\"extensions\":{\"pad\":\"" + new string('x', 300 * 1024) + "\"}}";

        var (status, _, body) = await PostAsync(huge, _token);

        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("REQUEST_TOO_LARGE");
    }

    [Fact]
    public async Task A_batch_is_answered_in_order_and_capped()
    {
        var batch = await PostAsync(
            """[{"query":"{ __typename }"},{"query":"{ me { login } }"},{"query":"{"}]""", _token);
        var tooBig = await PostAsync(
            "[" + string.Join(",", Enumerable.Repeat("""{"query":"{ __typename }"}""", 11)) + "]", _token,
            "application/graphql-response+json");

        batch.Status.ShouldBe(HttpStatusCode.OK);
        var results = JsonNode.Parse(batch.Raw)!.AsArray();
        results.Count.ShouldBe(3);
        results[1]!["data"]!["me"]!["login"]!.GetValue<string>().ShouldBe("admin");
        results[2]!["errors"].ShouldNotBeNull();
        tooBig.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<TransportResponse> PostAsync(string json, string? token, string? accept = null)
    {
        using var client = _api.CreateClient(token);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(request);
        var raw = await response.Content.ReadAsStringAsync();
        return new TransportResponse(
            response.StatusCode, response.Content.Headers, response.Headers.WwwAuthenticate.ToString(),
            JsonNode.Parse(raw) as JsonObject ?? [], raw);
    }

    private sealed record TransportResponse(
        HttpStatusCode Status, HttpContentHeaders Headers, string WwwAuthenticate, JsonObject Body, string Raw)
    {
        public void Deconstruct(out HttpStatusCode status, out TransportResponse self, out JsonObject body)
        {
            status = Status;
            self = this;
            body = Body;
        }
    }
}
