using System.Data.Common;
using System.Text;
using System.Text.Json.Nodes;
using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.Identity;
using CrmGraph.Api.Persistence;
using CrmGraph.Api.Persistence.Auditing;
using CrmGraph.Api.Persistence.Bulk;
using CrmGraph.Api.Persistence.Encryption;
using CrmGraph.Api.Sheets.Import;
using CrmGraph.Api.Sheets.Reading;
using CrmGraph.Api.Sheets.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// The PostgreSQL COPY path of the customer import (ADR-029) writes exactly the rows the EF path writes: the same file
/// imported into two fresh databases (same ids, same clock), once with COPY and once with EF, leaves every table equal
/// column by column.
/// </summary>
public sealed class BulkImportEquivalenceTests
{
    // Batches of three: new-only batches go through COPY; the batch with the update of 李四 goes through EF on both
    // sides.
    private static readonly string?[][] Rows =
    [
        .. CustomerExamples.Rows,
        ["成都蓝海餐饮", "企业", "刘店长", null, "13500002222", "liu@lanhai.cn", null, "成都市武侯区", null, null, null, "餐饮", "10-50人",
            "电话营销", "zhang", "2026/2/23", "会员系统", "3-5万", null, null, "B级", null, "连锁", null, null, null],
        [
            "赵六", "个人", null, null, "13600003333", null, null, null, "男", null, null, null, null, "其他", null,
            "2026/2/24", null, null, null, null, null, null, null, null, null, null],
        ["李四", "个人", null, null, "+86 138-0013-8000", null, null, null, null, null, "外科医生", null, null,
            "转介绍", "ZHANG", "2026-02-21 10:30", null, null, null, null, "A", "boss", null, null, null, null],
    ];

    [PostgresFact]
    public async Task Customers_written_with_COPY_equal_customers_written_by_EF_in_every_column()
    {
        var copied = await ImportAsync(copy: true);
        var saved = await ImportAsync(copy: false);

        copied.Keys.ShouldBe(saved.Keys);
        copied["customers"].Count.ShouldBe(6);
        copied["customer_contacts"].Count.ShouldBe(3);
        copied["audit_entries"].Count.ShouldBeGreaterThan(6);
        foreach (var table in copied.Keys)
        {
            copied[table].ShouldBe(saved[table], $"table {table}");
        }
    }

    [PostgresFact]
    public async Task The_COPY_writer_refuses_to_write_outside_a_transaction_and_writes_nothing()
    {
        await using var api = await TestApi.StartAsync(Engine.Postgres);
        var error = await api.WithDbAsync(async db =>
        {
            var admin = await db.Users.AsNoTracking().SingleAsync(u => u.Login == FirstRunSeeder.AdminLogin);
            db.Customers.Add(Domain.Customers.Customer.Register(
                api.Ids.NewId(), admin.TeamId, admin.Id, Domain.Customers.CustomerKind.Individual, "孙七",
                api.Clock.GetUtcNow(), api.Clock.GetUtcNow(),
                new Domain.Customers.CustomerProfile { Phone = "13800000007" }));
            db.ChangeTracker.DetectChanges();
            return await Should.ThrowAsync<InvalidOperationException>(
                () => PostgresCopyWriter.TrySaveAddedAsync(db, CancellationToken.None));
        });

        error.Message.ShouldContain("only inside a transaction");
        (await api.WithDbAsync(db => db.Customers.CountAsync())).ShouldBe(0);
        (await api.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Customer"))).ShouldBe(0);
    }

    private static async Task<Dictionary<string, List<string>>> ImportAsync(bool copy)
    {
        await using var api = await TestApi.StartAsync(Engine.Postgres);
        await CustomerImportTests.TeamAsync(api);
        await using (var services = api.WithScope(sp => sp.CreateAsyncScope()))
        {
            var db = services.ServiceProvider.GetRequiredService<CrmDbContext>();
            var admin = await db.Users.AsNoTracking().SingleAsync(u => u.Login == FirstRunSeeder.AdminLogin);
            db.Actor = new AuditActor { UserId = admin.Id };
            var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == admin.TeamId);
            var users = new TeamUsers(await db.Users.AsNoTracking().Where(u => u.TeamId == admin.TeamId).ToListAsync());
            var template = Templates.For(SheetKind.Customers);
            await using var file = new MemoryStream(SheetFiles.Csv(CustomerExamples.File(Rows)));
            var content = SheetReader.Open(file, "customers.csv", template);
            var report = new ImportReport(SheetKind.Customers, "customers.csv", false);
            var scope = new ImportScope(
                db, Viewer.Of(admin), team, users, api.Clock.GetUtcNow(), api.Ids.NewId, DuplicateAction.Update, 3,
                copy);
            await using var transaction = await db.Database.BeginTransactionAsync();

            await new CustomerSheetImporter()
                .ImportAsync(scope, content, template.Recognise(content.Headers), report, CancellationToken.None);

            report.HasRefusals.ShouldBeFalse(
                string.Join("; ", report.Refusals.Select(r => $"{r.Row} {r.Column} {r.Code} {r.Message}")));
            (report.Created, report.Updated).ShouldBe((6, 1));
            await transaction.CommitAsync();
        }

        return await api.WithDbAsync(DumpAsync);
    }

    // Every table of the model, each row as its columns, sorted. Sealed values are compared opened (their nonce is
    // random); audit entry ids are random (UUID v7) and identity ids depend on insert order, so those two are left out.
    private static async Task<Dictionary<string, List<string>>> DumpAsync(CrmDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new Dictionary<string, List<string>>();
        foreach (var entityType in db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null))
        {
            var table = entityType.GetTableName()!;
            if (tables.ContainsKey(table))
            {
                continue;
            }

            var identity = entityType.GetProperties().Where(
                p => p.IsPrimaryKey() && p.ClrType == typeof(long)).Select(p => p.GetColumnName()).ToHashSet();
            var rows = new List<string>();
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT row_to_json(t)::text FROM \"{table}\" t";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = JsonNode.Parse(reader.GetString(0))!.AsObject();
                var columns = new StringBuilder();
                foreach (var (column, value) in row.OrderBy(c => c.Key, StringComparer.Ordinal))
                {
                    if (identity.Contains(column) || (table == "audit_entries" && column == "id"))
                    {
                        continue;
                    }

                    var text = value?.ToJsonString();
                    if (value?.GetValueKind() == System.Text.Json.JsonValueKind.String
                        && value.GetValue<string>().StartsWith("enc:", StringComparison.Ordinal))
                    {
                        text = "sealed:" + FieldProtection.Unprotect(value.GetValue<string>());
                    }

                    columns.Append(column).Append('=').Append(text ?? "null").Append(" | ");
                }

                rows.Add(columns.ToString());
            }

            rows.Sort(StringComparer.Ordinal);
            tables[table] = rows;
        }

        return tables;
    }
}

/// <summary>A test about PostgreSQL only; skipped, with the reason, where the harness cannot start one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresServer.SkipReason;
    }
}
