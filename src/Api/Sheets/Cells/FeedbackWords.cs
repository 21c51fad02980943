using CrmGraph.Domain.Care;

namespace CrmGraph.Api.Sheets.Cells;

/// <summary>
/// The category of a 客户评价 / 客户反馈 written in a sheet, from its words: a complaint when it complains, praise when
/// it praises, otherwise a suggestion. Data, like the other value synonyms (ADR-034).
/// </summary>
public static class FeedbackWords
{
    private static readonly string[] Complaint = ["投诉", "不满", "差评", "抱怨", "太差", "很差", "不好", "失望", "complain"];
    private static readonly string[] Praise = ["满意", "好评", "表扬", "很好", "不错", "感谢", "认可", "推荐", "praise", "great"];

    public static FeedbackCategory Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Complaint.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)) ? FeedbackCategory.Complaint
            : Praise.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)) ? FeedbackCategory.Praise
            : FeedbackCategory.Suggestion;
    }
}
