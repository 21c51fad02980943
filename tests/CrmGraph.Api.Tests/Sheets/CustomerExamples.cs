namespace CrmGraph.Api.Tests.Sheets;

/// <summary>
/// The 客户信息表 as a team keeps it (DOMAIN.md's archive fields, Chinese headers, a title row above them), with rows
/// written the many ways people write them.
/// </summary>
public static class CustomerExamples
{
    public static readonly string?[] Title = ["客户信息表（2026年2月）"];

    public static readonly string?[] Headers =
    [
        "客户名称", "客户类型", "联系人", "职务", "联系电话", "邮箱", "微信", "地址", "性别", "生日", "职业", "行业", "企业规模",
        "客户来源", "负责人", "首次接触时间", "意向产品", "预算", "预计成交时间", "需求描述", "客户等级", "指导主管", "标签", "偏好和习惯", "性格特点", "备注",
    ];

    public static readonly string?[][] Rows =
    [
        [
            "上海星辰科技有限公司", "企业", "王总", "总经理", "13900000001", "wang@xingchen.cn", "xc_wang", "上海市浦东新区张江路 88 号", null,
            null, null, "软件", "50-100人",
            "展会", "zhang", "2026/2/20", "CRM 系统", "50-80万", "2026年3月15日", "替换现有表格管理", "A级", "boss", "价格敏感、决策链长", "喜欢上午沟通", "务实", "老客户转介绍"],
        [
            "李四", "个人", null, null, "+86 138-0013-8000", "li.si@example.cn", null, null, "男", "1988-03-15", "医生", null,
            null,
            "转介绍", "ZHANG", "2026-02-21 10:30", "家庭理财咨询", "¥400,000", "2026/4/30", null, "B", null, "竞品对比中", null, null, null],
        ["杭州云帆贸易", "企业", "陈经理", "采购经理", "0571-88886666", null, null, "杭州市西湖区", null, null, null, "外贸", null,
            "官网", null, "2026年2月18日", "年度订阅", "40万", null, null, "C类", null, null, null, null, null],
        ["王芳", null, null, null, "13700001111", null, "wangfang88", null, "女", "1990/7/1", "教师", null, null,
            "社交媒体", "张三", "2026-02-22", null, "1.5万-3万元", null, "暑期课程", "C级", null, null, null, "细心", null],
    ];

    public static IEnumerable<string?[]> File(params string?[][] rows) =>
        new[] { Title, Headers }.Concat(rows.Length == 0 ? Rows : rows);
}
