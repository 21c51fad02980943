using System.Data.Common;
using System.Text;
using CrmGraph.Api.Persistence.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Security;

/// <summary>
/// Phones, emails, WeChat ids, addresses and birthdays are sealed at rest; exact-match search still works.
/// </summary>
public sealed class EncryptionAtRestTests
{
    private static readonly string[] Secrets = [
        "13900000001", "13900000002", "wang@xc.cn", "wangxm_88", "上海市浦东新区张江路 88 号", "1985-06-15", "li@xc.cn"];

    [EngineFact]
    public async Task A_second_host_in_the_process_with_other_keys_is_refused_and_changes_nothing(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        await api.PostAsync(token, "mutation { createCustomer(input: { name: \"钱七\", kind: INDIVIDUAL, phone: " +
            "\"13900000077\" }) { customer { id } } }");
        var search = Convert.FromBase64String(TestEncryptionKeys.SearchKey);
        var testKey = Convert.FromBase64String(TestEncryptionKeys.Key);
        var otherBytes = new Dictionary<string, byte[]> { [TestEncryptionKeys.KeyId] = new byte[32] };
        var otherSearch = new Dictionary<string, byte[]> { [TestEncryptionKeys.KeyId] = testKey };

        var sameId = Should.Throw<InvalidOperationException>(
            () => FieldProtection.Use(new FieldKeySet(otherBytes, TestEncryptionKeys.KeyId, search)));
        var newSearch = Should.Throw<InvalidOperationException>(
            () => FieldProtection.Use(new FieldKeySet(otherSearch, TestEncryptionKeys.KeyId, new byte[32])));
        var read = await api.PostAsync(token, "{ customers { nodes { phone } } }");
        var found = await api.PostAsync(token, "{ likelyDuplicates(phone: \"13900000077\") { name } }");

        sameId.Message.ShouldContain($"'{TestEncryptionKeys.KeyId}' is already loaded in this process");
        newSearch.Message.ShouldContain("Crm:Encryption:SearchKey");
        read.Data!["customers"]!["nodes"]![0]!["phone"]!.GetValue<string>().ShouldBe("13900000077");
        found.Data!["likelyDuplicates"]![0]!["name"]!.GetValue<string>().ShouldBe("钱七");
    }

    [EngineFact]
    public async Task No_personal_contact_data_is_readable_in_the_database_and_duplicates_are_still_found(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        var created = await api.PostAsync(token, """
            mutation { createCustomer(input: { name: "王小明", kind: INDIVIDUAL, phone: "139-0000-0001", email: "wang@xc.cn", weChat: "wangxm_88", address: "上海市浦东新区张江路 88 号", birthday: "1985-06-15" }) { customer { id } } }
            """);
        var id = created.Data!["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        await api.PostAsync(token, $"mutation {{ addContact(input: {{ customerId: \"{id}\", name: \"王太太\", phone: " +
            "\"13900000002\", email: \"li@xc.cn\" }) { customer { id } } }");

        var read = await api.PostAsync(token, $"{{ node(id: \"{id}\") {{ ... on Customer {{ phone email weChat " +
            "address birthday contacts { phone email } } } }");
        var duplicate = await api.PostAsync(token, "mutation { createCustomer(input: { name: \"另一个\", kind: " +
            "INDIVIDUAL, phone: \"13900000001\" }) { errors { __typename ... on DuplicateCustomerError { matches { " +
            "matchedOn } } } } }");
        var byEmail = await api.PostAsync(token, "{ likelyDuplicates(email: \"WANG@xc.cn\") { name matchedOn } }");
        var stored = await DumpAsync(api, engine);

        read.Data!["node"]!["phone"]!.GetValue<string>().ShouldBe("139-0000-0001");
        read.Data!["node"]!["birthday"]!.GetValue<string>().ShouldBe("1985-06-15");
        read.Data!["node"]!["contacts"]![0]!["email"]!.GetValue<string>().ShouldBe("li@xc.cn");
        duplicate.Data!["createCustomer"]!["errors"]![0]!["matches"]![0]!["matchedOn"]!.GetValue<string>()
            .ShouldBe("PHONE");
        byEmail.Data!["likelyDuplicates"]![0]!["matchedOn"]!.GetValue<string>().ShouldBe("EMAIL");
        stored.ShouldContain("王小明");
        foreach (var secret in Secrets)
        {
            stored.ShouldNotContain(secret);
        }
    }

    internal static Task<string> StoredPhoneAsync(TestApi api) => api.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT profile_phone FROM customers WHERE profile_phone IS NOT NULL";
        return (string)(await command.ExecuteScalarAsync())!;
    });

    // Everything the database holds for customers and contacts, as text; for SQLite the files themselves too.
    private static async Task<string> DumpAsync(TestApi api, Engine engine)
    {
        var text = new StringBuilder();
        await api.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            foreach (var table in new[] { "customers", "customer_contacts", "audit_entries" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM {table}";
                await using DbDataReader reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        text.Append(reader.IsDBNull(i) ? string.Empty : Convert.ToString(
                            reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))
                            .Append('|');
                    }
                }
            }

            if (engine == Engine.Sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(FULL);");
                foreach (var file in Directory.GetFiles(
                    Path.GetDirectoryName(connection.DataSource)!, Path.GetFileName(connection.DataSource) + "*"))
                {
                    await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                    using var reader = new StreamReader(stream, Encoding.UTF8);
                    text.Append(await reader.ReadToEndAsync());
                }
            }

            return 0;
        });
        return text.ToString();
    }
}

/// <summary>
/// Switches the process-wide active key, so it runs alone (every other test host registers the test key).
/// </summary>
[CollectionDefinition(nameof(KeyRotationTests), DisableParallelization = true)]
public sealed class KeyRotationRunsAlone;

[Collection(nameof(KeyRotationTests))]
public sealed class KeyRotationTests
{
    [EngineFact]
    public async Task Rotating_the_key_reseals_every_value_with_the_new_one(Engine engine)
    {
        await using var api = await TestApi.StartAsync(engine);
        var token = await api.TokenAsync("admin");
        await api.PostAsync(token, "mutation { createCustomer(input: { name: \"赵六\", kind: INDIVIDUAL, phone: " +
            "\"13900000009\" }) { customer { id } } }");
        var before = await EncryptionAtRestTests.StoredPhoneAsync(api);

        FieldProtection.Use(new FieldKeySet(
            new Dictionary<string, byte[]> { ["t2"] = Enumerable.Range(64, 32).Select(b => (byte)b).ToArray() }, "t2",
            Convert.FromBase64String(TestEncryptionKeys.SearchKey)));
        try
        {
            await api.WithScope(sp => sp.GetRequiredService<FieldResealer>()).ResealAllAsync(CancellationToken.None);
            var after = await EncryptionAtRestTests.StoredPhoneAsync(api);
            var read = await api.PostAsync(token, "{ customers { nodes { phone } } }");

            before.ShouldStartWith("enc:t1:");
            after.ShouldStartWith("enc:t2:");
            read.Data!["customers"]!["nodes"]![0]!["phone"]!.GetValue<string>().ShouldBe("13900000009");
        }
        finally
        {
            var testKey = Convert.FromBase64String(TestEncryptionKeys.Key);
            FieldProtection.Use(new FieldKeySet(
                new Dictionary<string, byte[]> { [TestEncryptionKeys.KeyId] = testKey }, TestEncryptionKeys.KeyId,
                Convert.FromBase64String(TestEncryptionKeys.SearchKey)));
        }
    }

}
