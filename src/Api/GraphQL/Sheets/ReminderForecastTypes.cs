using CrmGraph.Api.GraphQL.Reminders;
using CrmGraph.Domain.Reminders;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Sheets;

public sealed class ReminderForecastType : ObjectGraphType<ReminderForecastSummary>
{
    public ReminderForecastType()
    {
        Name = "ReminderForecast";
        Description = "What the next customer scan (hourly) will store once the import's rows are in, digests "
            + "counted as one each. 导入后下一次客户提醒扫描（每小时）将产生的提醒，每条汇总计为一条。";
        Field(x => x.Reminders).Description(
            "Reminders it will store, digests included. 将产生的提醒条数（含汇总提醒）。");
        Field(x => x.Digests).Description(
            "How many of them are digests (提醒汇总) standing for many customers. 其中汇总提醒的条数。");
        Field(x => x.MostForOnePerson).Description(
            "The most reminders any one person will get, all kinds together. 单个接收人最多收到的提醒条数（所有种类合计）。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReminderForecastKindType>>>>("kinds")
            .Description("Per reminder kind. 按提醒种类。")
            .Resolve(c => c.Source.Kinds);
    }
}

public sealed class ReminderForecastKindType : ObjectGraphType<ReminderForecastLine>
{
    public ReminderForecastKindType()
    {
        Name = "ReminderForecastKind";
        Description = "One reminder kind of a forecast. 提醒预估中的一个提醒种类。";
        Field<NonNullGraphType<ReminderKindType>>("kind").Description("The reminder kind. 提醒种类。")
            .Resolve(c => c.Source.Kind);
        Field(x => x.Reminders).Description("Reminders of this kind, digests included. 该种类的提醒条数（含汇总）。");
        Field(x => x.Digests).Description("How many of them are digests. 其中汇总提醒的条数。");
        Field(x => x.Customers).Description("Customers they are about. 涉及的客户数。");
        Field(x => x.MostForOnePerson).Description(
            "The most of this kind for one person. 单个接收人最多收到的该种类提醒条数。");
    }
}
