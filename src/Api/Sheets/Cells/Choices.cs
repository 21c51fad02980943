using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Deals;
using CrmGraph.Domain.FollowUps;

namespace CrmGraph.Api.Sheets.Cells;

/// <summary>
/// The words of the templates for the schema's enums; the first word of each is what the export writes, the others are
/// what teams write in their own sheets (重点客户, 咨询服务, 上门). The one place the value synonyms live (ADR-034).
/// </summary>
public static class Choices
{
    public static readonly CellChoice<CustomerGrade> Grade = new(
        "grade", "客户等级",
        (CustomerGrade.A, ["A级", "A类", "A", "重点客户", "重要客户", "核心客户", "VIP客户", "VIP"]),
        (CustomerGrade.B, ["B级", "B类", "B", "潜力客户", "普通客户"]),
        (CustomerGrade.C, ["C级", "C类", "C", "一般客户", "低价值客户"]));

    public static readonly CellChoice<Gender> Gender = new(
        "gender", "性别",
        (Domain.Customers.Gender.Male, ["男", "男性", "M", "male", "先生"]),
        (Domain.Customers.Gender.Female, ["女", "女性", "F", "female", "女士"]),
        (Domain.Customers.Gender.Unspecified, ["未说明", "未知", "保密", "unspecified"]));

    public static readonly CellChoice<CustomerKind> Kind = new(
        "customer kind", "客户类型",
        (CustomerKind.Organization, ["企业", "企业客户", "公司", "B2B", "organization", "company"]),
        (CustomerKind.Individual, ["个人", "个人客户", "B2C", "individual", "person"]));

    public static readonly CellChoice<FollowUpChannel> Channel = new(
        "channel", "跟进方式",
        (FollowUpChannel.Phone, ["电话", "phone", "call", "电话沟通", "电话联系", "打电话", "手机"]),
        (FollowUpChannel.WeChat, ["微信", "wechat", "weixin", "微信沟通", "微信联系"]),
        (FollowUpChannel.Email, ["邮件", "email", "e-mail", "邮箱", "电子邮件"]),
        (FollowUpChannel.Meeting, ["面谈", "meeting", "会面", "面对面", "当面", "当面沟通", "会议"]),
        (FollowUpChannel.Video, ["视频", "视频会议", "video"]),
        (FollowUpChannel.Sms, ["短信", "sms", "text"]),
        (FollowUpChannel.Visit, ["上门拜访", "拜访", "上门", "visit", "上门服务", "实地拜访"]));

    public static readonly CellChoice<FollowUpPurpose> Purpose = new(
        "purpose", "沟通目的",
        (FollowUpPurpose.FirstContact, ["初次接触", "首次接触", "first contact"]),
        (FollowUpPurpose.NeedsDiscovery, ["需求挖掘", "需求沟通", "needs discovery"]),
        (FollowUpPurpose.Presentation, ["方案演示", "产品演示", "presentation", "demo"]),
        (FollowUpPurpose.Negotiation, ["商务谈判", "谈判", "negotiation"]),
        (FollowUpPurpose.AfterSales, ["售后服务", "售后", "after-sales", "aftersales"]),
        (FollowUpPurpose.ProblemSolving, ["解决问题", "问题处理", "problem solving"]),
        (FollowUpPurpose.Repurchase, ["复购", "增购", "repurchase"]),
        (FollowUpPurpose.Care, ["客户关怀", "关怀", "care"]),
        (FollowUpPurpose.Other, ["其他", "other"]));

    public static readonly CellChoice<CustomerSource> Source = new(
        "source", "客户来源",
        (CustomerSource.Exhibition, ["展会", "exhibition", "trade show"]),
        (CustomerSource.Referral, ["转介绍", "介绍", "推荐", "referral"]),
        (CustomerSource.OnlineAd, ["线上广告", "网络广告", "广告", "online ad"]),
        (CustomerSource.Website, ["官网", "网站", "website"]),
        (CustomerSource.ColdCall, ["陌生拜访", "电话营销", "陌拜", "cold call"]),
        (CustomerSource.SocialMedia, ["社交媒体", "social media"]),
        (CustomerSource.Other, ["其他", "other"]));

    public static readonly CellChoice<LostReason> LostReason = new(
        "lost reason", "未成交原因",
        (Domain.Deals.LostReason.Price, ["价格异议", "价格", "price"]),
        (Domain.Deals.LostReason.UnclearNeeds, ["需求不明确", "unclear needs"]),
        (Domain.Deals.LostReason.Competitor, ["竞争对手", "竞品", "competitor"]),
        (Domain.Deals.LostReason.Timing, ["时机", "时间不合适", "timing"]),
        (Domain.Deals.LostReason.Other, ["其他", "other"]));

    public static readonly CellChoice<Domain.Service.ServiceType> ServiceType = new(
        "service type", "服务类型",
        (Domain.Service.ServiceType.AfterSales, ["售后", "售后服务", "after-sales", "aftersales", "售后支持", "技术支持", "退换货"]),
        (Domain.Service.ServiceType.Consultation, ["咨询", "consultation", "咨询服务", "产品咨询", "业务咨询"]),
        (Domain.Service.ServiceType.Complaint, ["投诉", "complaint", "投诉处理", "客户投诉"]),
        (Domain.Service.ServiceType.Repair, ["维修", "维修服务", "repair", "报修", "上门维修"]),
        (Domain.Service.ServiceType.Other, ["其他", "other"]));

    /// <summary>The rows of a 跟进策略 sheet: the kinds of customer a cadence is set for, and the daily cap.</summary>
    public static readonly CellChoice<CadenceSetting> CadenceRow = new(
        "customer type of the cadence", "客户类型",
        (CadenceSetting.GradeA, ["A类", "A级", "A", "A类客户", "A级客户", "重点客户"]),
        (CadenceSetting.GradeB, ["B类", "B级", "B", "B类客户", "B级客户", "潜力客户"]),
        (CadenceSetting.GradeC, ["C类", "C级", "C", "C类客户", "C级客户", "一般客户"]),
        (CadenceSetting.NewCustomer, ["新客户首次跟进", "新客户", "新客户首次", "首次跟进", "new customer"]),
        (CadenceSetting.Established, ["老客户", "已成交客户", "维护期客户", "成交客户", "已合作客户", "维护客户", "established"]),
        (CadenceSetting.Prospect, ["潜在客户", "未分级", "未分级客户", "prospect"]),
        (CadenceSetting.DailyCap, ["每日上限", "每天最多跟进次数", "每日最多跟进次数", "每日跟进上限", "每天最多跟进", "daily cap"]));

    public static readonly CellChoice<YesNo> YesNo = new(
        "yes or no", "是/否",
        (Cells.YesNo.Yes, ["是", "yes", "y", "true", "1", "√", "满意"]),
        (Cells.YesNo.No, ["否", "no", "n", "false", "0", "×", "不满意"]));
}
