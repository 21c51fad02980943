using CrmGraph.Api.GraphQL.Admin;
using CrmGraph.Api.GraphQL.Enums;
using CrmGraph.Api.GraphQL.Relay;
using CrmGraph.Api.GraphQL.Scalars;
using CrmGraph.Api.GraphQL.Users;
using CrmGraph.Domain.Analytics;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Review;

public sealed class ReviewPeriodInputType : InputObjectGraphType
{
    public ReviewPeriodInputType()
    {
        Name = "ReviewPeriodInput";
        Description = "复盘周期: a month ({ year, month }) or inclusive local days ({ from, to }, at most 366 days), in " +
            "the team's time zone.";
        Field<IntGraphType>("year").Description("年 The year of the month.");
        Field<IntGraphType>("month").Description("Month, 1–12. 月份，1–12。");
        Field<DateScalar>("from").Description("First local day, included. 第一天（本地日期，含当天）。");
        Field<DateScalar>("to").Description("Last local day, included. 最后一天（本地日期，含当天）。");
    }
}

public sealed class DataReviewType : ObjectGraphType<DataReview>
{
    public DataReviewType()
    {
        Name = "DataReview";
        Description = "数据复盘 Data review: the figures of a period for a team or one salesperson's customers, as " +
            "docs/metrics.md defines them.";
        Field<NonNullGraphType<IdGraphType>>("teamId").Description("The reviewed team. 复盘的团队。").Resolve(
            c => GlobalId.Format(TeamType.TypeName, c.Source.Scope.Team.Id));
        Field<IdGraphType>("ownerId")
            .Description(
                "The salesperson whose customers are reviewed; null for the whole team. 被复盘客户的负责业务员；复盘整个团队时为 null。")
            .Resolve(c => c.Source.Scope.OwnerId is { } id ? GlobalId.Format(UserType.TypeName, id) : null);
        Field<NonNullGraphType<DateScalar>>("from").Description("First local day of the period. 本期第一天（本地日期）。").Resolve(
            c => c.Source.Scope.From);
        Field<NonNullGraphType<DateScalar>>("to")
            .Description("Last local day of the period (included). 本期最后一天（本地日期，含当天）。")
            .Resolve(c => c.Source.Scope.To);
        Field<NonNullGraphType<StringGraphType>>("timeZone")
            .Description("The team's time zone that the days are in. 时区。")
            .Resolve(c => c.Source.Scope.Team.TimeZoneId);
        Field<NonNullGraphType<DateTimeScalar>>("startsAt")
            .Description("The period's first instant. 本期的起始时刻。")
            .Resolve(c => c.Source.Scope.Start);
        Field<NonNullGraphType<DateTimeScalar>>("endsAt")
            .Description("The instant after the period (excluded). 本期结束后的第一个时刻（不含）。")
            .Resolve(c => c.Source.Scope.End);
        Field<NonNullGraphType<DateTimeScalar>>("asOf")
            .Description("\"Now\" for the figures taken now (funnel, overdue). 即时统计数据（漏斗、逾期）所用的“当前”时刻。")
            .Resolve(c => c.Source.Scope.AsOf);
        Field<NonNullGraphType<IntGraphType>>("newCustomers")
            .Description("新增客户 Customers entered in the period.")
            .Resolve(c => c.Source.NewCustomers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewSourceType>>>>("sources")
            .Description("客户来源转化率 per source, most customers first.")
            .Resolve(c => c.Source.Sources);
        Field<NonNullGraphType<ReviewFunnelType>>("funnel")
            .Description("销售漏斗 Customers per stage and grade now, and stage moves in the period.")
            .Resolve(c => c.Source.Funnel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewChannelType>>>>("channels")
            .Description("跟进方式效果 Win rate per follow-up channel.")
            .Resolve(c => c.Source.Channels);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewLostReasonType>>>>("lostReasons")
            .Description("未成交原因分析 Deals lost in the period per reason.")
            .Resolve(c => c.Source.LostReasons);
        Field<NonNullGraphType<ReviewTimelinessType>>("timeliness")
            .Description("逾期与录入时效 Overdue follow-ups, late entries and record lag.")
            .Resolve(c => c.Source.Timeliness);
        Field<NonNullGraphType<ReviewServiceType>>("service")
            .Description("客户服务 Complaint rate and satisfaction.")
            .Resolve(c => c.Source.Service);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewConversionCycleType>>>>("daysToConversion")
            .Description("各级别客户转化周期 Mean days from first contact to conversion, per grade.")
            .Resolve(c => c.Source.DaysToConversion);
    }
}

public sealed class ReviewSourceType : ObjectGraphType<SourceFigures>
{
    public ReviewSourceType()
    {
        Name = "ReviewSource";
        Description = "客户来源 One source's customers entered in the period and their conversion.";
        Field<NonNullGraphType<CustomerSourceType>>("source").Description("The customer source. 客户来源。")
            .Resolve(c => ReviewSourceKey.Parse(c.Source.Source).Source);
        Field<StringGraphType>("customSource")
            .Description("The team's own source name when `source` is CUSTOM. `source` 为 CUSTOM 时团队自定义的来源名称。")
            .Resolve(c => ReviewSourceKey.Parse(c.Source.Source).CustomSource);
        Field<NonNullGraphType<IntGraphType>>("customers")
            .Description("Customers entered in the period. 本期录入的客户数。")
            .Resolve(c => c.Source.Customers);
        Field<DecimalGraphType>("share")
            .Description("占比 Fraction of all customers entered in the period (4 places).")
            .Resolve(c => c.Source.Share);
        Field<NonNullGraphType<IntGraphType>>("converted")
            .Description("Of them, those who won a deal in the period. 其中本期成交的客户数。")
            .Resolve(c => c.Source.Converted);
        Field<DecimalGraphType>("conversionRate").Description("转化率 converted / customers (4 places).").Resolve(
            c => c.Source.ConversionRate);
    }
}

public sealed class ReviewFunnelType : ObjectGraphType<ReviewFunnel>
{
    public ReviewFunnelType()
    {
        Name = "ReviewFunnel";
        Description = "销售漏斗 Funnel: where the customers are now and how they moved in the period.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewStageCountType>>>>("stages")
            .Description("客户阶段分布 Every stage in lifecycle order (archived customers left out).")
            .Resolve(c => c.Source.Stages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewGradeCountType>>>>("grades")
            .Description("客户分级分布 Per grade, A to C, then ungraded (grade null).")
            .Resolve(c => c.Source.Grades);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewStageMoveType>>>>("moves")
            .Description("阶段变化 Stage changes in the period, from → to.")
            .Resolve(c => c.Source.Moves);
    }
}

public sealed class ReviewStageCountType : ObjectGraphType<StageCount>
{
    public ReviewStageCountType()
    {
        Name = "ReviewStageCount";
        Description = "客户阶段分布 Customers now in one lifecycle stage.";
        Field<NonNullGraphType<LifecycleStageType>>("stage").Description("The lifecycle stage. 客户阶段。")
            .Resolve(c => c.Source.Stage);
        Field<NonNullGraphType<IntGraphType>>("customers").Description("Customers now in this stage. 该阶段的客户数。")
            .Resolve(c => c.Source.Customers);
    }
}

public sealed class ReviewGradeCountType : ObjectGraphType<GradeCount>
{
    public ReviewGradeCountType()
    {
        Name = "ReviewGradeCount";
        Description = "客户分级分布 Customers now in one grade.";
        Field<CustomerGradeType>("grade").Description("Null for customers not graded yet. 尚未分级的客户为 null。").Resolve(
            c => c.Source.Grade);
        Field<NonNullGraphType<IntGraphType>>("customers").Description("Customers now in this grade. 该分级的客户数。")
            .Resolve(c => c.Source.Customers);
    }
}

public sealed class ReviewStageMoveType : ObjectGraphType<StageMove>
{
    public ReviewStageMoveType()
    {
        Name = "ReviewStageMove";
        Description = "阶段变化 Stage changes of one kind in the period.";
        Field<NonNullGraphType<LifecycleStageType>>("from").Description("The stage moved from. 原阶段。")
            .Resolve(c => c.Source.From);
        Field<NonNullGraphType<LifecycleStageType>>("to").Description("The stage moved to. 新阶段。")
            .Resolve(c => c.Source.To);
        Field<NonNullGraphType<IntGraphType>>("moves")
            .Description("Stage changes from → to in the period. 本期从 from 阶段变为 to 阶段的次数。")
            .Resolve(c => c.Source.Moves);
    }
}

public sealed class ReviewChannelType : ObjectGraphType<ChannelFigures>
{
    public ReviewChannelType()
    {
        Name = "ReviewChannel";
        Description = "跟进方式效果 One follow-up channel.";
        Field<NonNullGraphType<FollowUpChannelType>>("channel").Description("The follow-up channel. 跟进方式。")
            .Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<IntGraphType>>("customers")
            .Description("Customers with a follow-up through this channel in the period. 本期通过该方式跟进过的客户数。")
            .Resolve(c => c.Source.Customers);
        Field<NonNullGraphType<IntGraphType>>("won")
            .Description("Of them, those who won a deal in the period. 其中本期成交的客户数。")
            .Resolve(c => c.Source.Won);
        Field<DecimalGraphType>("winRate").Description("成交率 won / customers (4 places).").Resolve(
            c => c.Source.WinRate);
    }
}

public sealed class ReviewLostReasonType : ObjectGraphType<LostReasonFigures>
{
    public ReviewLostReasonType()
    {
        Name = "ReviewLostReason";
        Description = "未成交原因 Deals lost in the period for one reason.";
        Field<NonNullGraphType<LostReasonType>>("reason").Description("The lost reason. 未成交原因。")
            .Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<IntGraphType>>("deals")
            .Description("Deals lost in the period for this reason. 本期因该原因未成交的商机数。")
            .Resolve(c => c.Source.Deals);
        Field<DecimalGraphType>("share")
            .Description("占比 Fraction of all deals lost in the period (4 places).")
            .Resolve(c => c.Source.Share);
    }
}

public sealed class ReviewTimelinessType : ObjectGraphType<ReviewTimeliness>
{
    public ReviewTimelinessType()
    {
        Name = "ReviewTimeliness";
        Description = "录入与跟进时效 Overdue follow-ups, late entries and record lag.";
        Field<NonNullGraphType<IntGraphType>>("entryDeadlineHours")
            .Description("The team's entry deadline (录入时限), 24 hours unless changed.")
            .Resolve(c => c.Source.EntryDeadlineHours);
        Field<NonNullGraphType<IntGraphType>>("overdueFollowUps")
            .Description("逾期跟进 Planned follow-ups due before now and not done.")
            .Resolve(c => c.Source.OverdueFollowUps);
        Field<NonNullGraphType<IntGraphType>>("lateCustomerEntries")
            .Description("录入超时 Customers entered in the period later than the deadline after first contact.")
            .Resolve(c => c.Source.LateCustomerEntries);
        Field<NonNullGraphType<IntGraphType>>("followUpRecords")
            .Description("Follow-ups that happened in the period. 本期发生的跟进次数。")
            .Resolve(c => c.Source.FollowUpRecords);
        Field<NonNullGraphType<IntGraphType>>("lateRecords")
            .Description("记录超时 Of them, recorded later than the deadline after they happened.")
            .Resolve(c => c.Source.LateRecords);
        Field<DecimalGraphType>("averageRecordLagHours")
            .Description("记录时效 Mean hours from a follow-up to its record (2 places).")
            .Resolve(c => c.Source.AverageRecordLagHours);
    }
}

public sealed class ReviewServiceType : ObjectGraphType<ReviewServiceFigures>
{
    public ReviewServiceType()
    {
        Name = "ReviewService";
        Description = "客户服务 Service requests, complaint rate and satisfaction of the period.";
        Field<NonNullGraphType<IntGraphType>>("services")
            .Description("Service records requested in the period. 本期提出的服务记录数。")
            .Resolve(c => c.Source.Requests.Services);
        Field<NonNullGraphType<IntGraphType>>("customersServed")
            .Description("Distinct customers with a service record requested in the period. 本期提出服务请求的客户数（去重）。")
            .Resolve(c => c.Source.CustomersServed);
        Field<NonNullGraphType<IntGraphType>>("complaints").Description("投诉 Of them, complaints.").Resolve(
            c => c.Source.Requests.Complaints);
        Field<DecimalGraphType>("complaintRatePercent")
            .Description("投诉率 complaints / services, percent (2 places).")
            .Resolve(c => c.Source.Requests.ComplaintRatePercent);
        Field<DecimalGraphType>("averageResponseHours")
            .Description("响应时间 Mean hours from request to first answer, over answered ones (2 places).")
            .Resolve(c => c.Source.Requests.AverageResponseHours);
        Field<NonNullGraphType<IntGraphType>>("judged")
            .Description("Service records whose satisfaction was settled in the period. 本期确定了满意与否的服务记录数。")
            .Resolve(c => c.Source.Judged);
        Field<NonNullGraphType<IntGraphType>>("satisfied").Description("Of them, satisfied. 其中满意的。").Resolve(
            c => c.Source.Satisfied);
        Field<DecimalGraphType>("satisfactionPercent")
            .Description("满意度 satisfied / judged, percent (2 places).")
            .Resolve(c => c.Source.SatisfactionPercent);
    }
}

public sealed class ReviewConversionCycleType : ObjectGraphType<GradeCycle>
{
    public ReviewConversionCycleType()
    {
        Name = "ReviewConversionCycle";
        Description = "转化周期 Conversion time of one grade's customers.";
        Field<CustomerGradeType>("grade")
            .Description("The customer's grade now; null when not graded. 客户当前的分级；未分级时为 null。")
            .Resolve(c => c.Source.Grade);
        Field<NonNullGraphType<IntGraphType>>("converted")
            .Description("Customers with a deal won in the period. 本期有商机成交的客户数。")
            .Resolve(c => c.Source.Converted);
        Field<DecimalGraphType>("averageDays")
            .Description("转化周期 Mean days from first contact to their first win of the period (2 places).")
            .Resolve(c => c.Source.AverageDays);
    }
}
