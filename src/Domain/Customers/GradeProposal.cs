namespace CrmGraph.Domain.Customers;

/// <summary>A proposed grade with the reasons for it, in English and Chinese (系统建议分级及理由).</summary>
public sealed record GradeProposal(
    CustomerGrade Grade, IReadOnlyList<string> Reasons, IReadOnlyList<string> ChineseReasons)
{
    /// <summary>
    /// A: clear need, known budget, short decision chain, close expected within 2 weeks.
    /// B: a first need, with budget or decision process unclear, or a close within 3 months.
    /// C: only an inquiry or latent need, no time line.
    /// </summary>
    public static GradeProposal For(
        CustomerNeeds needs, CustomerEvaluation? evaluation, bool keyDecisionMakerKnown, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var en = new List<string>();
        var zh = new List<string>();
        var shortChain = needs.DecisionChain == DecisionChain.Short
            || (needs.DecisionChain == DecisionChain.Unknown && keyDecisionMakerKnown);
        var daysToClose = needs.ExpectedCloseOn is { } close ? close.DayNumber - today.DayNumber : (int?)null;
        var highIntent = evaluation?.PurchaseIntent >= 4;

        Note(needs.HasNeed, "the need is stated", "需求明确", "no need recorded yet", "尚未记录需求", en, zh);
        Note(needs.BudgetKnown, "the budget is known", "预算清晰", "the budget is unknown", "预算不明确", en, zh);
        Note(
            shortChain, "the decision chain is short", "决策链短", "the decision chain is long or unknown", "决策链长或未知", en,
            zh);
        if (daysToClose is { } days)
        {
            en.Add($"expected close in {days} days");
            zh.Add($"预计 {days} 天内签约");
        }
        else
        {
            en.Add("no expected close date");
            zh.Add("无明确签约时间");
        }

        if (evaluation is not null)
        {
            en.Add($"purchase intent {evaluation.PurchaseIntent}/5");
            zh.Add($"购买意愿 {evaluation.PurchaseIntent}/5");
        }

        var grade = (needs.HasNeed, needs.BudgetKnown, shortChain, daysToClose) switch
        {
            (true, true, true, <= 14 and >= 0) => CustomerGrade.A,
            (true, _, _, <= 90 and >= 0) => CustomerGrade.B,
            (true, _, _, null) when highIntent || needs.BudgetKnown => CustomerGrade.B,
            _ => CustomerGrade.C,
        };
        return new GradeProposal(grade, en, zh);
    }

    private static void Note(
        bool condition, string yes, string yesZh, string no, string noZh, List<string> en, List<string> zh)
    {
        en.Add(condition ? yes : no);
        zh.Add(condition ? yesZh : noZh);
    }
}
