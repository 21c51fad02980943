using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers;

/// <summary>潜在客户评估: purchasing power (购买力), purchase intent (购买意愿) and loyalty (忠诚度), each 1–5.</summary>
public sealed record CustomerEvaluation(
    int PurchasingPower, int PurchaseIntent, int Loyalty, string? Note, DateTimeOffset EvaluatedAt, Guid EvaluatedBy)
{
    public int Total => PurchasingPower + PurchaseIntent + Loyalty;

    public static CustomerEvaluation Score(
        int purchasingPower, int purchaseIntent, int loyalty, string? note, Guid evaluatedBy, DateTimeOffset now)
    {
        Check(purchasingPower, "purchasingPower", "购买力");
        Check(purchaseIntent, "purchaseIntent", "购买意愿");
        Check(loyalty, "loyalty", "忠诚度");
        return new(
            purchasingPower, purchaseIntent, loyalty, Guard.OptionalText(note, "note", 1000, "评估备注"), Guard.Utc(now),
            evaluatedBy);
    }

    private static void Check(int score, string field, string chinese)
    {
        if (score is < 1 or > 5)
        {
            throw new DomainException(
                "SCORE_OUT_OF_RANGE", $"'{field}' must be a score from 1 to 5; it is {score}.",
                $"{chinese}评分必须在 1 到 5 之间，当前为 {score}。", field);
        }
    }
}
