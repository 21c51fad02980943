namespace CrmGraph.Api.Sheets.Templates;

/// <summary>
/// The template shapes from the teams' spreadsheets (DOMAIN.md): the first header of a column is what the export
/// writes; the variants are what people type instead (联系电话/电话/手机, 客户名称/公司名称). This file is the one place the
/// header synonyms live (ADR-034, docs/moving-from-spreadsheets.md); headers are compared without spaces, punctuation
/// and case, full-width letters and digits as half-width. Columns marked <c>ImportOnly</c> are read but not exported.
/// </summary>
public static class Templates
{
    public static readonly SheetTemplate Customers = new(
        SheetKind.Customers, "客户信息表", "Customers",
        new("name", "客户名称", "Customer name", true, "公司名称", "客户姓名", "姓名", "名称", "Name", "Company", "Company name"),
        new("kind", "客户类型", "Kind", false, "类型", "客户性质", "Type", "Customer type"),
        new("contact", "联系人", "Contact", false, "联系人姓名", "Contact name", "Contact person"),
        new("keyDecisionMaker", "关键决策人", "Key decision maker", false, "是否关键决策人", "决策人", "Decision maker", "关键人"),
        new("title", "职务", "Title", false, "联系人职务", "职位", "Job title", "Position"),
        new(
            "phone", "联系电话", "Phone", false, "电话", "手机", "手机号", "手机号码", "联系方式", "Mobile", "Telephone", "Tel",
            "Phone number"),
        new("email", "邮箱", "Email", false, "电子邮箱", "电子邮件", "邮件", "E-mail", "Email address"),
        new("weChat", "微信", "WeChat", false, "微信号", "Weixin", "WeChat ID"),
        new("address", "地址", "Address", false, "联系地址", "公司地址"),
        new("gender", "性别", "Gender", false, "Sex"),
        new("birthday", "生日", "Birthday", false, "出生日期", "Date of birth"),
        new("occupation", "职业", "Occupation", false),
        new("industry", "行业", "Industry", false, "所属行业"),
        new("companySize", "企业规模", "Company size", false, "规模", "公司规模", "Size"),
        new("mainBusiness", "主营业务", "Main business", false, "经营范围"),
        new("website", "网站", "Website", false, "官网", "公司网站", "URL"),
        new("foundedOn", "成立日期", "Founded on", false, "成立时间", "Founded", "Founding date"),
        new("source", "客户来源", "Source", false, "来源", "Customer source"),
        new("owner", "负责人", "Owner", false, "业务员", "销售代表", "跟进人", "销售", "Salesperson", "Sales rep", "归属人", "所属销售"),
        new("guide", "指导主管", "Supervisor guide", false, "主管", "负责主管", "Supervisor"),
        new(
            "firstContactAt", "首次接触时间", "First contact", false, "首次接触", "首次接触日期", "First contact at",
            "First contacted"),
        new("product", "需求产品", "Product wanted", false, "意向产品", "需求", "客户需求", "Product", "Needs"),
        new("budget", "预算范围", "Budget", false, "预算", "预算金额", "Budget range"),
        new("expectedCloseOn", "预计成交时间", "Expected close", false, "时间节点", "预计签约时间", "Expected close date"),
        new("needsDescription", "需求描述", "Needs description", false, "需求说明", "Needs detail"),
        new("grade", "客户等级", "Grade", false, "客户级别", "等级", "级别", "客户分级", "Customer grade", "当前级别", "当前等级", "客户类别"),
        new("tags", "标签", "Tags", false, "客户标签", "Tag", "Labels"),
        new("preferences", "偏好和习惯", "Preferences", false, "偏好", "习惯", "Habits"),
        new("personality", "性格特点", "Personality", false, "性格"),
        new("specialNeeds", "特殊需求", "Special needs", false),
        new SheetColumn("notes", "备注", "Notes", false, "备注信息", "说明", "Remarks", "Remark").ImportOnly(),
        new SheetColumn("evaluation", "客户评价", "Customer evaluation", false, "评价", "Review").ImportOnly(),
        new SheetColumn("feedback", "客户反馈", "Customer feedback", false, "反馈", "反馈意见", "Feedback").ImportOnly(),
        new SheetColumn("purchaseProduct", "购买产品", "Purchased product", false, "已购产品", "购买商品", "购买内容").ImportOnly(),
        new SheetColumn("purchasedOn", "购买日期", "Purchased on", false, "购买时间", "Purchase date").ImportOnly(),
        new SheetColumn("purchaseAmount", "购买金额", "Purchase amount", false, "消费金额", "Purchase amount").ImportOnly(),
        new SheetColumn(
            "lastFollowUpAt", "最近跟进时间", "Last follow-up", false, "上次跟进", "上次跟进时间", "最后跟进时间", "最近跟进", "最近跟进日期", "上次跟进日期",
            "Last followed up")
            .ImportOnly());

    // Every template that names a customer finds it by name, or by phone when two share a name.
    private static SheetColumn CustomerName() =>
        new("customer", "客户名称", "Customer name", true, "客户", "公司名称", "客户姓名", "姓名", "Customer", "Company");

    private static SheetColumn CustomerPhone() =>
        new("customerPhone", "联系电话", "Phone", false, "电话", "手机", "手机号", "客户电话", "Mobile", "Telephone");

    public static readonly SheetTemplate Grades = new(
        SheetKind.Grades, "客户分级表", "Grades",
        CustomerName(),
        CustomerPhone(),
        new(
            "grade", "客户等级", "Grade", true, "新等级", "调整后等级", "客户级别", "等级", "级别", "客户分级", "New grade", "当前级别", "当前等级",
            "客户类别"),
        new("reason", "分级原因", "Reason", true, "升级/降级原因", "调整原因", "原因", "分级依据", "升降级原因", "Grade reason"),
        new("guide", "指导主管", "Supervisor guide", false, "主管", "负责主管", "Supervisor"),
        new SheetColumn("changedAt", "调整时间", "Changed at", false, "调整日期", "变更时间", "分级时间", "Changed on").ImportOnly(),
        new SheetColumn("owner", "负责人", "Changed by", false, "调整人", "跟进人", "业务员", "Owner").ImportOnly());

    public static readonly SheetTemplate FollowUpRecords = new(
        SheetKind.FollowUpRecords, "跟进记录", "Follow-up records",
        CustomerName(),
        CustomerPhone(),
        new("happenedAt", "跟进时间", "Happened at", true, "跟进日期", "沟通时间", "沟通日期", "日期", "Date", "Time"),
        new("channel", "跟进方式", "Channel", true, "沟通方式", "联系方式", "方式"),
        new("purpose", "沟通目的", "Purpose", false, "跟进目的", "目的"),
        new("content", "沟通内容", "Content", true, "跟进内容", "内容", "沟通记录"),
        new("feedback", "客户反馈", "Customer feedback", false, "反馈", "Feedback"),
        new("result", "跟进结果", "Result", false, "结果", "沟通结果"),
        new("nextAction", "下一步行动", "Next action", false, "下一步", "后续行动", "下一步计划"),
        new("nextAt", "下次跟进时间", "Next follow-up", false, "下次跟进", "下次跟进日期", "Next follow-up at"),
        new("owner", "跟进人", "Salesperson", false, "负责人", "业务员", "销售代表", "Owner"));

    public static readonly SheetTemplate FollowUpPlans = new(
        SheetKind.FollowUpPlans, "跟进计划表", "Follow-up plans",
        CustomerName(),
        CustomerPhone(),
        new(
            "dueAt", "计划跟进时间", "Due at", true, "计划时间", "沟通时间", "计划沟通时间", "跟进时间", "计划日期", "Due", "Planned at", "沟通日期",
            "跟进日期"),
        new("channel", "跟进方式", "Channel", true, "沟通方式", "方式"),
        new("purpose", "沟通目的", "Purpose", false, "跟进目的", "目的"),
        new("content", "准备内容", "Prepared content", false, "沟通内容", "计划内容", "内容", "沟通要点", "Content"),
        new SheetColumn("feedback", "客户反馈", "Customer feedback", false, "反馈", "反馈意见", "Feedback").ImportOnly(),
        new SheetColumn("nextAction", "下一步行动", "Next action", false, "下一步", "后续行动", "下一步计划").ImportOnly(),
        new SheetColumn("owner", "负责人", "Owner", false, "跟进人", "业务员", "销售代表", "Salesperson").ImportOnly());

    public static readonly SheetTemplate Conversions = new(
        SheetKind.Conversions, "客户转化记录表", "Conversions",
        CustomerName(),
        CustomerPhone(),
        new("product", "成交产品", "Product", true, "产品", "购买产品", "产品或服务", "Product or service", "产品/服务", "服务", "成交服务"),
        new("amount", "成交金额", "Amount", true, "金额", "合同金额", "转化金额", "Deal amount"),
        new("keyFactor", "转化关键因素", "Key factor", true, "关键因素", "成交关键因素", "成交原因"),
        new("mode", "合作模式", "Cooperation mode", false, "合作方式"),
        new("termStart", "合作开始日期", "Term start", false, "合作开始", "合同开始日期", "开始日期"),
        new("termEnd", "合作结束日期", "Term end", false, "合作结束", "合同到期日", "到期日期", "结束日期"),
        new("convertedAt", "转化时间", "Converted at", false, "成交时间", "成交日期", "转化日期", "签约日期", "Conversion date", "Won at"),
        new("owner", "负责人", "Owner", false, "业务员", "销售代表", "Salesperson", "跟进人"));

    public static readonly SheetTemplate Services = new(
        SheetKind.Services, "客户服务表", "Service records",
        CustomerName(),
        CustomerPhone(),
        new("type", "服务类型", "Service type", true, "类型", "Type"),
        new("requestedAt", "服务时间", "Requested at", true, "服务日期", "请求时间", "日期", "时间", "Date"),
        new("content", "服务内容", "Content", true, "内容", "问题描述", "投诉内容", "Description"),
        new("result", "处理结果", "Result", false, "结果", "解决方案", "Resolution", "服务结果", "处理情况"),
        new("satisfied", "是否满意", "Satisfied", false, "满意度", "客户满意", "Satisfaction"),
        new("revisitNote", "回访记录", "Revisit note", false, "回访结论", "回访情况", "回访内容", "Revisit"),
        new("revisitedAt", "回访时间", "Revisited at", false, "回访日期", "Revisit date"),
        new("closed", "是否关闭", "Closed", false, "已关闭", "关闭"),
        new("owner", "负责人", "Owner", false, "服务人员", "处理人", "业务员", "Salesperson", "跟进人"));

    // 跟进策略 (the salesperson's template): one row per kind of customer (A类, 新客户 …, see CadenceSettings for the
    // words of the rows and Cells.CadenceValues for the frequencies); 目标 is recognised but kept nowhere.
    public static readonly SheetTemplate Cadence = new(
        SheetKind.Cadence, "跟进策略", "Follow-up cadence",
        new("type", "客户类型", "Customer type", true, "客户等级", "客户级别", "客户分类", "级别", "类别", "等级", "类型",
            "Type", "Kind", "Grade"),
        new("frequency", "跟进频率", "Frequency", true, "频率", "跟进周期", "跟进间隔", "Follow-up frequency",
            "Interval"),
        new SheetColumn("goal", "目标", "Goal", false, "跟进目标", "说明", "备注", "Notes", "Remarks").NotKept());

    public static readonly IReadOnlyList<SheetTemplate> All =
        [Customers, Grades, FollowUpRecords, FollowUpPlans, Conversions, Services, Cadence];

    public static SheetTemplate For(SheetKind kind) => All.FirstOrDefault(t => t.Kind == kind)
        ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "No template of that kind.");
}
