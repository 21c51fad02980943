using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers;

/// <summary>Who may claim a pool customer: previous-owner cooldown, daily claim cap, holding cap.</summary>
public static class PoolRules
{
    public static void CheckClaim(Customer customer, Guid claimantId, PoolClaimContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(context);
        var policy = context.Policy;
        if (!customer.InPool)
        {
            throw new DomainException(
                "NOT_IN_POOL", "The customer is not in the pool; someone owns it.", "该客户不在公海中，已有负责人。");
        }

        if (customer.PreviousOwnerId == claimantId
            && customer.ReleasedToPoolAt is { } released
            && now - released < TimeSpan.FromHours(policy.PreviousOwnerCooldownHours))
        {
            var until = released.AddHours(policy.PreviousOwnerCooldownHours);
            throw new DomainException(
                "PREVIOUS_OWNER_COOLDOWN",
                "You owned this customer until it returned to the pool; you may claim it again after " +
                $"{until:yyyy-MM-dd HH:mm} UTC.",
                $"该客户刚从您名下回收，{until:yyyy-MM-dd HH:mm}（UTC）后才能重新领取。");
        }

        if (context.ClaimsToday >= policy.DailyClaimCap)
        {
            throw new DomainException("DAILY_CLAIM_CAP_REACHED", $"You have claimed {context.ClaimsToday} customers " +
                $"today; the team allows {policy.DailyClaimCap} a day.", $"今日已领取 {context.ClaimsToday} 个客户，团队每日上限为 " +
                    $"{policy.DailyClaimCap} 个。");
        }

        if (context.Holdings >= policy.HoldingCap)
        {
            throw new DomainException("HOLDING_CAP_REACHED", $"You hold {context.Holdings} customers; the team " +
                $"allows at most {policy.HoldingCap}.", $"您已拥有 {context.Holdings} 个客户，团队上限为 {policy.HoldingCap} 个。");
        }
    }
}
