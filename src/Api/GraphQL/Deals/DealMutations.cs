using CrmGraph.Api.GraphQL.Customers;
using CrmGraph.Api.GraphQL.Errors;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Api.Persistence;
using CrmGraph.Domain.Deals;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Deals;

public static class DealMutations
{
    public static void AddDealMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<DealType>(
            "openDeal", "deal", "Opens a deal for a customer; the customer's reclaim clock pauses while it is open. 新建商机。",
            i => i.Customer().Text("product", "Product or service. 产品或服务。", required: true).Decimal("amount", "Amount. 金额。").Text("currency", "币种, default CNY.").Date("expectedCloseOn", "Expected close date. 预计成交日期。").IdempotencyKey(),
            (c, input) => CustomerRecordCreation.CreateAsync(c, input, "openDeal", (customer, x, _) => Task.FromResult(
                DealClosing.Open(x.NewId(), customer, customer.OwnerId ?? x.Viewer.UserId, input.Text("product")!, input.Decimal("amount") ?? 0, input.Text("currency"), input.Date("expectedCloseOn"), x.Now))));

        mutation.AddMutation<DealType>(
            "winDeal", "deal", "Wins a deal: the conversion record, the established relationship and the purchase. 成交。",
            i => i.Target("dealId", "The deal. 商机。").Text("keyFactor", "转化关键因素 (required).", required: true).Decimal("finalAmount", "成交金额; defaults to the deal amount.")
                .Text("cooperationMode", "Cooperation mode. 合作模式。").Date("termStart", "Cooperation term: start. 合作期限：开始。").Date("termEnd", "Cooperation term: end (contract expiry). 合作期限：结束（合同到期）。"),
            (c, input) => DealChangeAsync(c, input.Id("dealId", DealType.TypeName), async (deal, customer, x, db) =>
            {
                var otherOpen = await AnotherDealOpenAsync(db, deal, c.CancellationToken).ConfigureAwait(false);
                DealClosing.Win(deal, customer, new WinTerms(input.Text("keyFactor")!, input.Decimal("finalAmount"), input.Text("cooperationMode"), input.Date("termStart"), input.Date("termEnd")), x.NewId(), x.NewId(), x.Viewer.UserId, x.Now, otherOpen, x.Team);
            }));

        mutation.AddMutation<DealType>(
            "loseDeal", "deal", "Loses a deal, with its reason. 未成交。",
            i => i.Target("dealId", "The deal. 商机。").Choice("reason", "LostReason", "Why the deal was lost. 未成交原因。").Text("note", "说明 (required when the reason is OTHER)."),
            (c, input) => DealChangeAsync(c, input.Id("dealId", DealType.TypeName), async (deal, customer, x, db) =>
            {
                var otherOpen = await AnotherDealOpenAsync(db, deal, c.CancellationToken).ConfigureAwait(false);
                DealClosing.Lose(deal, customer, input.Choice<LostReason>("reason")!.Value, input.Text("note"), x.Now, otherOpen);
            }));
    }

    private static async Task<object?> DealChangeAsync(IResolveFieldContext c, Guid dealId, Func<Deal, Domain.Customers.Customer, CustomerCommandContext, CrmDbContext, Task> change)
    {
        var db = c.RequestServices!.GetRequiredService<CrmDbContext>();
        var customerId = await db.Deals.Where(d => d.Id == dealId).Select(d => (Guid?)d.CustomerId).SingleOrDefaultAsync(c.CancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("dealId", "deal");
        return await CustomerChange.ApplyToRecordAsync(c, customerId, async (customer, x, context) =>
        {
            var deal = await context.Deals.SingleAsync(d => d.Id == dealId, c.CancellationToken).ConfigureAwait(false);
            ExpectedVersion.Check(c, deal);
            await change(deal, customer, x, context).ConfigureAwait(false);
            return deal;
        }).ConfigureAwait(false);
    }

    // The domain keeps the reclaim clock paused while another deal of the customer is still open.
    private static Task<bool> AnotherDealOpenAsync(CrmDbContext db, Deal deal, CancellationToken cancellationToken) =>
        db.Deals.AnyAsync(d => d.CustomerId == deal.CustomerId && d.Id != deal.Id && d.Status == DealStatus.Open, cancellationToken);
}
