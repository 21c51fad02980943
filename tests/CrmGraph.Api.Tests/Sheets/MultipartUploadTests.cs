using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrmGraph.Api.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>The GraphQL multipart request spec in our transport: CSRF protection, limits, malformed requests.</summary>
public sealed class MultipartUploadTests
{
    private static readonly byte[] Csv = SheetFiles.Csv(CustomerExamples.File());

    [Fact]
    public async Task Without_a_preflight_header_an_upload_is_refused_before_anything_runs()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        var token = await CustomerImportTests.TeamAsync(api);

        var response = await SheetFiles.UploadAsync(api, token, Csv, "c.csv", "CUSTOMERS", preflight: false);

        response.Status.ShouldBe(400);
        response.Errors![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("CSRF_PREFLIGHT_REQUIRED");
        (await api.WithDbAsync(db => db.Customers.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task An_upload_in_a_batch_lands_in_the_request_its_path_names()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        var token = await CustomerImportTests.TeamAsync(api);
        using var client = api.CreateClient(token);
        using var content = new MultipartFormDataContent();
        var operations = new object[]
        {
            new { query = "{ me { login } }" },
            new { query = SheetFiles.Import, variables = new { input = new { file = (
                object?)null, template = "CUSTOMERS", dryRun = true } } },
        };
        content.Add(
            new StringContent(JsonSerializer.Serialize(operations), Encoding.UTF8, "application/json"), "operations");
        content.Add(
            new StringContent("""{"f":["1.variables.input.file"]}""", Encoding.UTF8, "application/json"), "map");
        content.Add(new ByteArrayContent(Csv), "f", "c.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Add("Apollo-Require-Preflight", "true");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        body[0]!["data"]!["me"]!["login"]!.GetValue<string>().ShouldBe("admin");
        body[1]!["data"]!["importSpreadsheet"]!["report"]!["created"]!.GetValue<int>().ShouldBe(4);
    }

    [Fact]
    public async Task An_Upload_cannot_be_written_in_the_query_itself()
    {
        await using var api = await TestApi.StartAsync(Engine.Sqlite);
        var token = await api.TokenAsync("admin");

        var response = await api.PostAsync(
            token,
            """mutation { importSpreadsheet(input: { file: "x.csv", template: CUSTOMERS }) { report { created } } }""");

        response.Data.ShouldBeNull();
        response.Errors!.Single()!["message"]!.GetValue<string>().ShouldContain("Upload");
    }

    [Theory]
    [InlineData("operations-only", "A multipart GraphQL request needs an 'operations' part and a 'map' part.")]
    [InlineData("map-first", "The first part must be 'operations'; it is 'map'.")]
    [InlineData("map-not-object", "The 'map' part must be a JSON object of file part names to arrays of paths, e.g. " +
        "{\"0\":[\"variables.input.file\"]}.")]
    [InlineData("missing-file", "The map names file part(s) '0' that the request does not contain.")]
    [InlineData("path-outside-variables", "The map path 'query' must start with 'variables.'.")]
    [InlineData(
        "path-not-null", "The map path 'variables.input.template' must point at a null placeholder in the variables.")]
    [InlineData(
        "path-missing", "The map path 'variables.input.nothing.here' does not exist in the operation's variables.")]
    [InlineData("too-large", "The file 'c.csv' is larger than the upload limit of 10 bytes.")]
    [InlineData("too-many", "A request may upload at most 1 files; the map names 2.")]
    [InlineData("operations-too-large", "The 'operations' part is larger than the limit of 200 bytes.")]
    public async Task A_malformed_or_oversized_multipart_request_is_refused_with_what_is_wrong(
        string shape, string message)
    {
        var operations = JsonSerializer.Serialize(
            new
            {
                query = shape == "operations-too-large" ? new string('x', 300) : "mutation($input: " +
                "ImportSpreadsheetInput!) { importSpreadsheet(input: $input) { report { created } } }",
                variables =
                    new { input = new { file = (object?)null, template = "CUSTOMERS" } }
            });
        var map = shape switch
        {
            "map-not-object" => "[1,2]",
            "missing-file" => """{"0":["variables.input.file"]}""",
            "path-outside-variables" => """{"0":["query"]}""",
            "path-not-null" => """{"0":["variables.input.template"]}""",
            "path-missing" => """{"0":["variables.input.nothing.here"]}""",
            "too-many" => """{"0":["variables.input.file"],"1":["variables.input.file"]}""",
            _ => """{"0":["variables.input.file"]}""",
        };
        var parts = new List<(string Name, string? FileName, byte[] Body)>();
        if (shape == "map-first")
        {
            parts.Add(("map", null, Encoding.UTF8.GetBytes(map)));
        }

        parts.Add(("operations", null, Encoding.UTF8.GetBytes(operations)));
        if (shape is not ("operations-only" or "map-first"))
        {
            parts.Add(("map", null, Encoding.UTF8.GetBytes(map)));
        }

        if (shape is not ("operations-only" or "missing-file" or "map-first"))
        {
            parts.Add(("0", "c.csv", Csv));
        }

        var http = Request(parts);
        var limits = new MultipartRequestReader.Limits(
            shape == "operations-too-large" ? 200 : 256 * 1024, shape == "too-large" ? 10 : 1024 * 1024, 1);

        var parsed = await new GraphQLRequestParser(new global::GraphQL.SystemTextJson.GraphQLSerializer())
            .FromBodyAsync(http.Request, limits, 10, CancellationToken.None);

        parsed.Error.ShouldNotBeNull();
        parsed.Error.Message.ShouldBe(message);
        if (shape is "too-large" or "too-many" or "operations-too-large")
        {
            parsed.Error.StatusCode.ShouldBe(413);
        }
    }

    [Fact]
    public async Task A_well_formed_request_puts_the_spooled_file_in_the_variables_and_deletes_it_with_the_response()
    {
        var operations = JsonSerializer.Serialize(
            new
            {
                query = "mutation($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) { report { " +
                "created } } }",
                variables = new { input = new { file = (object?)null, template = "CUSTOMERS" } }
            });
        var http = Request([
            ("operations", null, Encoding.UTF8.GetBytes(operations)),
            ("map", null, """{"0":["variables.input.file"]}"""u8.ToArray()), ("0", "客户.csv", Csv)]);

        var parsed = await new GraphQLRequestParser(new global::GraphQL.SystemTextJson.GraphQLSerializer())
            .FromBodyAsync(
                http.Request, new MultipartRequestReader.Limits(256 * 1024, 1024 * 1024, 1), 10,
                CancellationToken.None);

        parsed.Error.ShouldBeNull();
        var file = ((IDictionary<string, object?>)parsed.Requests[0].Request!.Variables!["input"]!)[
            "file"].ShouldBeOfType<UploadedFile>();
        (file.FileName, file.Length).ShouldBe(("客户.csv", Csv.LongLength));
        await using (var stream = file.OpenRead())
        {
            stream.Length.ShouldBe(Csv.LongLength);
        }

        await file.DisposeAsync();
        Should.Throw<FileNotFoundException>(() => file.OpenRead());
    }

    private static DefaultHttpContext Request(IEnumerable<(string Name, string? FileName, byte[] Body)> parts)
    {
        const string Boundary = "----crmgraph-test";
        var body = new MemoryStream();
        foreach (var (name, fileName, bytes) in parts)
        {
            var disposition = fileName is null ? $"form-data; name=\"{name}\"" : $"form-data; name=\"{name}\"; " +
                $"filename=\"{fileName}\"";
            body.Write(Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: {disposition}\r\n\r\n"));
            body.Write(bytes);
            body.Write("\r\n"u8);
        }

        body.Write(Encoding.UTF8.GetBytes($"--{Boundary}--\r\n"));
        body.Position = 0;
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.ContentType = $"multipart/form-data; boundary={Boundary}";
        http.Request.Headers["GraphQL-Preflight"] = "1";
        http.Request.Body = body;
        return http;
    }
}
