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
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The customer. 客户。")
            .Resolve(c => GlobalId.Format(CustomerType.TypeName, c.Source.CustomerId));
        Field<NonNullGraphType<IdGraphType>>("ownerId").Description("The responsible salesperson. 负责人。")
            .Resolve(c => GlobalId.Format("User", c.Source.OwnerId));
        Field(x => x.Product).Description("Product or service. 产品或服务。");
        Field(x => x.Amount).Description("Amount. 金额。");
        Field(x => x.Currency).Description("Currency of the amount. 币种。");
        Field<DateScalar>("expectedCloseOn").Description("Expected close date. 预计成交日期。").Resolve(
            c => c.Source.ExpectedCloseOn);
        Field<NonNullGraphType<DealStatusType>>("status")
            .Description("Where the deal stands: open, won or lost. 商机状态：跟进中、已成交或未成交。").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateTimeScalar>>("openedAt").Description("When the deal was opened. 商机创建时间。")
            .Resolve(c => c.Source.OpenedAt);
        Field<DateTimeScalar>("closedAt")
            .Description("When the deal was won or lost; null while open. 成交或未成交的时间；跟进中时为 null。")
            .Resolve(c => c.Source.ClosedAt);
        Field<LostReasonType>("lostReason").Description("未成交原因 when lost.").Resolve(c => c.Source.LostReason);
        Field(x => x.LostNote, nullable: true).Description("Details of why the deal was lost. 未成交原因说明。");
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
        Field<NonNullGraphType<DateTimeScalar>>("convertedAt").Description("When the deal was won. 转化时间。")
            .Resolve(c => c.Source.ConvertedAt);
        Field(x => x.Amount).Description("Amount of the won deal. 成交金额。");
        Field(x => x.Product).Description("Product or service sold. 成交的产品或服务。");
        Field(x => x.KeyFactor).Description("Key factor of the conversion. 转化关键因素。");
        Field<NonNullGraphType<IdGraphType>>("ownerId").Description("The salesperson who won the deal. 负责的业务员。")
            .Resolve(c => GlobalId.Format("User", c.Source.OwnerId));
        Field(x => x.CooperationMode, nullable: true).Description("合作模式 agreed with this win.");
        Field<DateScalar>("termStart").Description("合作开始 of the contract this win signed.").Resolve(
            c => c.Source.TermStart);
        Field<DateScalar>("termEnd").Description("合作结束 (合同到期) of that contract.").Resolve(c => c.Source.TermEnd);
    }
}
