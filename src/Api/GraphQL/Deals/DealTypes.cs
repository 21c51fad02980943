using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Domain.Deals;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Deals;

public sealed class DealType : ObjectGraphType<Deal>
{
    public const string TypeName = "Deal";

    public DealType()
    {
        Name = TypeName;
        Description = DomainDocs.Summary(typeof(Deal));
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Format(TypeName, c.Source.Id));
        this.AddVersionField();
        Field<NonNullGraphType<IdGraphType>>("customerId").Resolve(c => GlobalId.Format(CustomerType.TypeName, c.Source.CustomerId));
        Field<NonNullGraphType<IdGraphType>>("ownerId").Resolve(c => GlobalId.Format("User", c.Source.OwnerId));
        Field(x => x.Product).Description("Product or service. 产品或服务。");
        Field(x => x.Amount).Description("Amount. 金额。");
        Field(x => x.Currency);
        Field<DateScalar>("expectedCloseOn").Description("Expected close date. 预计成交日期。").Resolve(c => c.Source.ExpectedCloseOn);
        Field<NonNullGraphType<DealStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateTimeScalar>>("openedAt").Resolve(c => c.Source.OpenedAt);
        Field<DateTimeScalar>("closedAt").Resolve(c => c.Source.ClosedAt);
        Field<LostReasonType>("lostReason").Description("未成交原因 when lost.").Resolve(c => c.Source.LostReason);
        Field(x => x.LostNote, nullable: true);
        Field<ConversionType>("conversion").Description("转化记录 when won.").Resolve(c => c.Source.Conversion);
        IsTypeOf = o => o is Deal;
    }
}

public sealed class ConversionType : ObjectGraphType<Conversion>
{
    public ConversionType()
    {
        Name = "Conversion";
        Description = DomainDocs.Summary(typeof(Conversion));
        Field<NonNullGraphType<DateTimeScalar>>("convertedAt").Resolve(c => c.Source.ConvertedAt);
        Field(x => x.Amount);
        Field(x => x.Product);
        Field(x => x.KeyFactor).Description("Key factor of the conversion. 转化关键因素。");
        Field<NonNullGraphType<IdGraphType>>("ownerId").Resolve(c => GlobalId.Format("User", c.Source.OwnerId));
        Field(x => x.CooperationMode, nullable: true).Description("合作模式 agreed with this win.");
        Field<DateScalar>("termStart").Description("合作开始 of the contract this win signed.").Resolve(c => c.Source.TermStart);
        Field<DateScalar>("termEnd").Description("合作结束 (合同到期) of that contract.").Resolve(c => c.Source.TermEnd);
    }
}
