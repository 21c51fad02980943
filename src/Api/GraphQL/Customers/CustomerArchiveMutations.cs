using CrmGraph.Api.GraphQL.Execution;
using CrmGraph.Api.GraphQL.Mutations;
using CrmGraph.Domain.Customers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.GraphQL.Customers;

/// <summary>Archive mutations: tags, contacts, key dates, verification, archiving and sharing.</summary>
public static class CustomerArchiveMutations
{

    public static void AddCustomerArchiveMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<CustomerType>(
            "setCustomerTags", "customer", "Replaces the customer's tags. 设置标签。",
            i => i.Customer().TextList("tags", "The tags, e.g. 价格敏感, 决策链长."),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.Tag(input.TextList("tags"), x.Now)));

        mutation.AddMutation<CustomerType>(
            "verifyContactDetails", "customer", "Confirms the contact details are current (weekly). 核对联系方式。",
            i => i.Customer(),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.VerifyContactDetails(x.Viewer.UserId, x.Now)));

        mutation.AddMutation<CustomerType>(
            "addContact", "customer", "Adds a contact; marking them key decision maker unmarks the previous one. 添加联系人。",
            i => i.Customer().Text("name", "Name. 姓名。", required: true).Text("title", "Job title. 职务。").Text("phone", "Phone. 电话。").Text("email", "Email. 邮箱。")
                .Text("weChat", "WeChat. 微信。").Text("address", "Address. 地址。").Text("notes", "Notes. 备注。").Flag("isKeyDecisionMaker", "Key decision maker. 关键决策人。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.AddContact(x.NewId(), new ContactDetails(
                input.Text("name")!, input.Text("title"), input.Text("phone"), input.Text("email"), input.Text("weChat"), input.Text("address"), input.Text("notes"), input.Flag("isKeyDecisionMaker") ?? false), x.Viewer.UserId, x.Now)));

        mutation.AddMutation<CustomerType>(
            "removeContact", "customer", "Removes a contact. 删除联系人。",
            i => i.Customer().Id("contactId", "The contact. 联系人。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.RemoveContact(input.Id("contactId", "Contact"), x.Viewer.UserId, x.Now)));

        mutation.AddMutation<CustomerType>(
            "addKeyDate", "customer", "Adds a date worth a reminder. 添加重要日期。",
            i => i.Customer().Choice("kind", "KeyDateKind", "What kind of date. 日期类型。").Date("date", "The date. 日期。", required: true).Text("label", "A label, e.g. 王总生日.").Flag("recursYearly", "Defaults to yearly for birthdays and anniversaries. 生日和周年纪念日默认每年重复。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.AddKeyDate(x.NewId(), input.Choice<KeyDateKind>("kind")!.Value,
                input.Date("date") ?? throw new Domain.Common.DomainException("REQUIRED", "'date' is required.", "日期不能为空。", "date"), input.Text("label"), input.Flag("recursYearly"), x.Now)));

        mutation.AddMutation<CustomerType>(
            "archiveCustomer", "customer", "Archives the customer (kept, hidden from daily work). 归档客户。",
            i => i.Customer(),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.Archive(x.Viewer.UserId, x.Now)));

        mutation.AddMutation<CustomerType>(
            "restoreCustomer", "customer", "Restores an archived customer. 恢复客户。",
            i => i.Customer(),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.Restore(x.Viewer.UserId, x.Now)));

        mutation.AddMutation<CustomerType>(
            "shareCustomer", "customer", "Lets a colleague see the customer. 共享客户。",
            i => i.Customer().Id("userId", "The colleague. 同事。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), async (customer, x, db) =>
            {
                // Sharing never reaches outside the customer's team, nor to someone who can no longer sign in.
                var colleagueId = input.Id("userId", "User");
                _ = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == colleagueId && u.TeamId == customer.TeamId && u.IsActive, c.CancellationToken).ConfigureAwait(false)
                    ?? throw new Errors.NotFoundException("userId", "active user of the customer's team");
                customer.ShareWith(colleagueId, x.Now);
                return customer;
            }));

        mutation.AddMutation<CustomerType>(
            "claimCustomer", "customer", "Claims a customer from the team pool, within the daily claim cap, the holding cap and the previous owner's cooldown. 领取公海客户。",
            i => i.Id("customerId", "The pool customer. 公海客户。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), async (customer, x, db) =>
            {
                var me = x.Viewer.UserId;
                var since = x.Team.StartOfLocalDay(x.Team.LocalDate(x.Now));
                var holdings = await db.Customers.CountAsync(o => o.OwnerId == me && !o.IsArchived, c.CancellationToken).ConfigureAwait(false);
                var claimsToday = await db.Customers.CountAsync(o => o.OwnerId == me && o.ClaimedAt >= since, c.CancellationToken).ConfigureAwait(false);
                customer.ClaimFromPool(me, new PoolClaimContext(x.Team.Pool, claimsToday, holdings), x.Now);
                return customer;
            }, claiming: true));

        mutation.AddMutation<CustomerType>(
            "transferCustomer", "customer", "Hands the customer to another salesperson of its team (supervisors within their team, admins); the reclaim clock restarts. 转移客户。",
            i => i.Customer().Id("ownerId", "The new owner. 新负责人。"),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), async (customer, x, db) =>
            {
                var ownerId = input.Id("ownerId", "User");
                var owner = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == ownerId && u.TeamId == customer.TeamId, c.CancellationToken).ConfigureAwait(false)
                    ?? throw new Errors.NotFoundException("ownerId", "user of the customer's team");
                if (!Domain.Visibility.CustomerVisibility.MayAssign(x.Viewer.UserId, x.Viewer.TeamId, x.Viewer.Role, owner) || x.Viewer.Role == Domain.Users.UserRole.Salesperson)
                {
                    throw new Domain.Common.DomainException("TRANSFER_NOT_ALLOWED", "Only a supervisor of the team or an admin may transfer customers.", "只有本团队主管或管理员可以转移客户。");
                }

                var holdings = await db.Customers.CountAsync(o => o.OwnerId == ownerId && !o.IsArchived, c.CancellationToken).ConfigureAwait(false);
                customer.TransferTo(ownerId, x.Viewer.UserId, x.Now, holdings, x.Team.Pool);
                return customer;
            }));

        mutation.AddMutation<CustomerType>(
            "releaseCustomerToPool", "customer", "Gives the customer back to the team pool, with a reason. 放入公海。",
            i => i.Customer().Text("reason", "Why (required). 原因（必填）。", required: true),
            (c, input) => CustomerChange.ApplyAsync(c, input.Id("customerId", CustomerType.TypeName), (customer, x) => customer.ReleaseToPool(x.Viewer.UserId, input.Text("reason")!, x.Now)));

        mutation.GetField("transferCustomer")!.RequireRoles(Domain.Users.UserRole.Supervisor, Domain.Users.UserRole.Admin);
    }
}
