using System.ComponentModel;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Deals;
using GraphQL.Types;

namespace CrmGraph.Api.Tests.Schema;

/// <summary>A mutation's input type is derived from its C# record; a parsed input binds back to the record.</summary>
public sealed class InputRecordTests
{
    public sealed record SampleInput(
        [GlobalId("Deal"), Description("The deal. 商机。")] Guid DealId,
        [GlobalId("User"), Description("Someone. 某人。")] Guid? OwnerId,
        [Description("Required text. 必填。")] string KeyFactor,
        [Description("Amount. 金额。")] decimal? Amount,
        [Description("Count. 数量。")] int? Count,
        [Description("Reason. 原因。")] LostReason Reason,
        [Description("Due. 日期。")] DateOnly? DueOn,
        [Description("At. 时间。")] DateTimeOffset? At,
        [Description("Tags. 标签。")] IReadOnlyList<string> Tags,
        [Description("Note, kept when left out. 备注。")] Optional<string?> Note,
        [GraphType("PoolPolicyInput"), Description("Nested. 嵌套。")] IDictionary<string, object?>? Pool);

    public sealed record UndescribedInput(string Name);

    private static readonly Guid DealGuid = Guid.Parse("6f0f8c1e-53c5-4f4c-9a53-0d4a1f2b3c4d");

    [Fact]
    public void The_input_type_has_one_field_per_member_named_typed_and_described_as_declared()
    {
        var type = InputRecord.GraphType<SampleInput>("SampleInput", "A sample. 示例。");

        type.Name.ShouldBe("SampleInput");
        type.Description.ShouldBe("A sample. 示例。");
        type.Fields.Select(f => f.Name).ShouldBe(
            ["dealId", "ownerId", "keyFactor", "amount", "count", "reason", "dueOn", "at", "tags", "note", "pool"]);
        Printed(type, "dealId").ShouldBe("ID!");
        Printed(type, "ownerId").ShouldBe("ID");
        Printed(type, "keyFactor").ShouldBe("String!");
        Printed(type, "amount").ShouldBe("Decimal");
        Printed(type, "count").ShouldBe("Int");
        Printed(type, "reason").ShouldBe("LostReason!");
        Printed(type, "dueOn").ShouldBe("Date");
        Printed(type, "at").ShouldBe("DateTime");
        Printed(type, "tags").ShouldBe("[String!]!");
        Printed(type, "note").ShouldBe("String");
        Printed(type, "pool").ShouldBe("PoolPolicyInput");
        type.Fields.Find("keyFactor")!.Description.ShouldBe("Required text. 必填。");
    }

    [Fact]
    public void A_parsed_input_binds_to_the_record_with_ids_decoded()
    {
        var at = DateTimeOffset.Parse("2026-12-04T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var input = InputRecord.Bind<SampleInput>(new Dictionary<string, object?>
        {
            ["dealId"] = GlobalId.Format("Deal", DealGuid),
            ["keyFactor"] = "price",
            ["amount"] = 12.5m,
            ["count"] = 3,
            ["reason"] = LostReason.Other,
            ["dueOn"] = new DateOnly(2026, 12, 24),
            ["at"] = at,
            ["tags"] = new List<object?> { "a", "b" },
        });

        input.DealId.ShouldBe(DealGuid);
        input.OwnerId.ShouldBeNull();
        input.KeyFactor.ShouldBe("price");
        input.Amount.ShouldBe(12.5m);
        input.Count.ShouldBe(3);
        input.Reason.ShouldBe(LostReason.Other);
        input.DueOn.ShouldBe(new DateOnly(2026, 12, 24));
        input.At.ShouldBe(at);
        input.Tags.ShouldBe(["a", "b"]);
        input.Note.IsSet.ShouldBeFalse();
        input.Pool.ShouldBeNull();
    }

    [Fact]
    public void An_optional_member_tells_a_null_sent_from_a_field_left_out()
    {
        var input = InputRecord.Bind<SampleInput>(Required(("note", null)));

        input.Note.IsSet.ShouldBeTrue();
        input.Note.Or("kept").ShouldBeNull();
    }

    [Fact]
    public void An_id_of_another_type_is_refused_with_the_field_named()
    {
        var ex = Should.Throw<DomainException>(() =>
            InputRecord.Bind<SampleInput>(Required(("ownerId", GlobalId.Format("Deal", DealGuid)))));

        ex.Code.ShouldBe("INVALID_ID");
        ex.Field.ShouldBe("ownerId");
        ex.Message.ShouldBe("'ownerId' is not a User id.");
        ex.ChineseMessage.ShouldBe("“ownerId”不是有效的User ID。");
    }

    [Fact]
    public void A_member_without_a_description_is_refused_when_the_type_is_built()
    {
        Should.Throw<InvalidOperationException>(() => InputRecord.GraphType<UndescribedInput>("UndescribedInput", "x"))
            .Message.ShouldContain("UndescribedInput.Name needs a [Description]");
    }

    private static Dictionary<string, object?> Required(params (string Name, object? Value)[] extra)
    {
        var values = new Dictionary<string, object?>
        {
            ["dealId"] = GlobalId.Format("Deal", DealGuid),
            ["keyFactor"] = "price",
            ["reason"] = LostReason.Other,
            ["tags"] = new List<object?>(),
        };
        foreach (var (name, value) in extra)
        {
            values[name] = value;
        }

        return values;
    }

    private static string Printed(InputObjectGraphType type, string field) =>
        Print(type.Fields.Find(field)!.ResolvedType!);

    private static string Print(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Print(nonNull.ResolvedType!) + "!",
        ListGraphType list => "[" + Print(list.ResolvedType!) + "]",
        GraphQLTypeReference reference => reference.TypeName,
        _ => type.Name,
    };
}
