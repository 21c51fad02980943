using CrmGraph.Api.Persistence.Encryption;
using CrmGraph.Api.Sheets.Reading;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Users;
using CrmGraph.Domain.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Sheets.Import;

/// <summary>
/// 客户信息表 → customers, a batch at a time: the batch's duplicate keys are looked up in one query (earlier batches are
/// already written in the transaction, so they are found too), then each row is one registration or one update
/// through the domain.
/// </summary>
public sealed class CustomerSheetImporter : ISheetRowsImporter
{
    private const int FirstAnalyzeAt = 2_000;

    public SheetKind Kind => SheetKind.Customers;

    public async Task ImportAsync(
        ImportScope scope,
        SheetContent content,
        HeaderMap map,
        ImportReport report,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(report);
        var rows = 0;
        var analyzeAt = FirstAnalyzeAt;
        foreach (var batch in content.Rows.Chunk(scope.BatchSize))
        {
            await scope.RunBatchAsync(
                batch,
                (pass, log) => PassAsync(scope, content, map, pass, log, cancellationToken),
                report,
                cancellationToken,
                copyIfOnlyAdded: true).ConfigureAwait(false);
            rows += batch.Length;
            if (rows >= analyzeAt && scope.Db is Persistence.PostgresCrmDbContext)
            {
                // PostgreSQL plans from statistics that do not include the rows this open transaction inserted;
                // ANALYZE inside the transaction samples them too, so the duplicate lookups keep using the indexes.
                // The planner scales the analysed row count by the table's current size, so statistics taken at
                // half the current size are enough: ANALYZE at 2,000, 4,000, 8,000 … rows (ADR-029).
                await scope.Db.Database.ExecuteSqlRawAsync("ANALYZE customers", cancellationToken)
                    .ConfigureAwait(false);
                analyzeAt *= 2;
            }
        }
    }

    // One pass over a batch: its duplicate keys looked up in one query, then one domain call per row.
    private static async Task PassAsync(
        ImportScope scope,
        SheetContent content,
        HeaderMap map,
        IReadOnlyList<SheetRow> batch,
        RowLog log,
        CancellationToken cancellationToken)
    {
        var parsed = batch.Select(row => Parse(scope, content, map, row)).ToList();
        var probes = parsed.Where(p => p.Customer is not null).Select(p => Probe(p.Customer!)).ToList();
        var known = await CandidatesAsync(scope, probes, cancellationToken).ConfigureAwait(false);
        var tracked = new Dictionary<Guid, Customer>();
        foreach (var (row, cells, customer) in parsed)
        {
            var outcome = customer is null
                ? (RowAction.Refused, (Guid?)null, (Guid?)null)
                : await ApplyAsync(scope, cells, customer, known, tracked, cancellationToken).ConfigureAwait(false);
            foreach (var (column, code, message, chinese) in cells.Errors)
            {
                log.Refuse(row.Number, column, code, message, chinese);
            }

            var label = customer?.Name ?? map.Cell(row.Cells, "name");
            log.Count(row.Number, outcome.Item1, label, outcome.Item2, outcome.Item3);
        }
    }

    private static (SheetRow Row, RowCells Cells, CustomerRow? Customer) Parse(
        ImportScope scope, SheetContent content, HeaderMap map, SheetRow row)
    {
        var cells = new RowCells(map, content.Headers, row.Cells);
        return (row, cells, CustomerRow.Read(cells, scope.Team.TimeZone));
    }

    private static DuplicateProbe Probe(CustomerRow row) => DuplicateProbe.ForNew(row.Kind, row.Name, row.Profile);

    private static async Task<List<DuplicateCandidate>> CandidatesAsync(
        ImportScope scope, List<DuplicateProbe> probes, CancellationToken cancellationToken)
    {
        var phones = probes.Select(p => p.Phone).OfType<string>().Distinct().ToList();
        var emails = probes.Select(p => p.Email).OfType<string>().Distinct().ToList();
        var companies = probes.Select(p => p.CompanyName).OfType<string>().Distinct().ToList();
        if (phones.Count + emails.Count + companies.Count == 0)
        {
            return [];
        }

        // One query per key kind, each matching one (team, key) index: with an OR of three lists, or EF's null
        // compensation for a list that might hold null, the engines scan every customer of the team (quadratic in
        // the file).
        var teamId = scope.Team.Id;
        var customers = scope.Db.Customers.AsNoTracking().Where(c => c.TeamId == teamId && !c.IsArchived);
        var found = new List<Found>();
        if (phones.Count > 0)
        {
            var byPhone = customers.Where(c => c.NormalizedPhone != null && phones.Contains(c.NormalizedPhone));
            found.AddRange(await Candidates(byPhone).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        if (emails.Count > 0)
        {
            var byEmail = customers.Where(c => c.NormalizedEmail != null && emails.Contains(c.NormalizedEmail));
            found.AddRange(await Candidates(byEmail).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        if (companies.Count > 0)
        {
            var byCompany = customers.Where(
                c => c.NormalizedCompanyName != null && companies.Contains(c.NormalizedCompanyName));
            found.AddRange(await Candidates(byCompany).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        // Phones and emails come back as keyed hashes (ADR-024): hand the domain the file's own value they match.
        var phoneOf = phones.ToDictionary(p => FieldProtection.SearchHash(p)!);
        var emailOf = emails.ToDictionary(e => FieldProtection.SearchHash(e)!);
        return [.. found.DistinctBy(c => c.Id).OrderBy(c => c.EnteredAt).ThenBy(c => c.Id)
            .Select(c => new DuplicateCandidate(
                c.Id,
                c.Name,
                c.Phone is { } phone ? phoneOf.GetValueOrDefault(phone) : null,
                c.Email is { } email ? emailOf.GetValueOrDefault(email) : null,
                c.Company))];
    }

    private static IQueryable<Found> Candidates(IQueryable<Customer> customers) =>
        customers.Select(c => new Found(
            c.Id, c.Name, c.NormalizedPhone, c.NormalizedEmail, c.NormalizedCompanyName, c.EnteredAt));

    private sealed record Found(
        Guid Id, string Name, string? Phone, string? Email, string? Company, DateTimeOffset EnteredAt);

    private static async Task<(RowAction, Guid?, Guid?)> ApplyAsync(
        ImportScope scope,
        RowCells cells,
        CustomerRow row,
        List<DuplicateCandidate> known,
        Dictionary<Guid, Customer> tracked,
        CancellationToken cancellationToken)
    {
        var owner = FindUser(scope, cells, "owner", row.Owner) ?? (row.Owner is null ? scope.Viewer.UserId : null);
        var guide = FindUser(scope, cells, "guide", row.Guide);
        if (cells.HasErrors || owner is null)
        {
            return (RowAction.Refused, null, null);
        }

        var matches = DuplicateCheck.Matches(Probe(row), known);
        try
        {
            if (matches.Count == 0)
            {
                var created = Register(scope, cells, row, owner.Value, guide);
                if (cells.HasErrors)
                {
                    return (RowAction.Refused, null, null);
                }

                scope.Db.Customers.Add(created);
                AddFeedback(scope, created, row);
                tracked[created.Id] = created;
                known.Add(new DuplicateCandidate(
                    created.Id,
                    created.Name,
                    created.NormalizedPhone,
                    created.NormalizedEmail,
                    created.NormalizedCompanyName));
                return (RowAction.Created, null, created.Id);
            }

            var existingId = matches[0].CustomerId;
            switch (scope.OnDuplicate)
            {
                case DuplicateAction.Skip:
                    return (RowAction.Skipped, existingId, null);
                case DuplicateAction.Refuse:
                    DuplicateCheck.EnsureNone(matches);
                    break;
            }

            if (!tracked.TryGetValue(existingId, out var existing))
            {
                existing = await scope.Db.Customers.SingleAsync(c => c.Id == existingId, cancellationToken)
                    .ConfigureAwait(false);
                tracked[existingId] = existing;
            }

            if (!CustomerVisibility.MayEdit(scope.Viewer.UserId, scope.Viewer.TeamId, scope.Viewer.Role, existing))
            {
                cells.Fail(
                    "name",
                    "EDIT_NOT_ALLOWED",
                    $"'{existing.Name}' already exists with this phone, email or company name and you may not change "
                    + "it (only its owner, a supervisor or an admin may).",
                    $"客户“{existing.Name}”已存在（电话、邮箱或公司名称相同），您无权修改。");
                return (RowAction.Refused, existingId, null);
            }

            Update(scope, cells, existing, row, guide);
            if (cells.HasErrors)
            {
                return (RowAction.Refused, existingId, null);
            }

            AddFeedback(scope, existing, row);
            return (RowAction.Updated, existingId, existingId);
        }
        catch (DomainException refusal)
        {
            cells.Fail(refusal, CustomerRow.FieldColumns);
            return (RowAction.Refused, matches.Count > 0 ? matches[0].CustomerId : null, null);
        }
    }

    private static Guid? FindUser(ImportScope scope, RowCells cells, string key, string? name)
    {
        if (name is null)
        {
            return null;
        }

        var (user, code, message, chinese) = scope.Users.Find(name);
        if (user is null)
        {
            cells.Fail(key, code!, message!, chinese!);
            return null;
        }

        if (key == "owner" && !Visibility.VisibilityScope.MayAssignTo(scope.Viewer, user))
        {
            cells.Fail(
                key,
                "OWNER_NOT_ALLOWED",
                $"You may not make {user.Login} the owner: salespeople own what they import, supervisors assign "
                + "within their team.",
                $"无权指定 {user.Login} 为负责人：业务员只能导入自己的客户，主管只能在本团队内指定。");
            return null;
        }

        if (key == "guide" && user.Role != UserRole.Supervisor)
        {
            cells.Fail(
                key,
                "NOT_A_SUPERVISOR",
                $"{user.Login} is not a supervisor; an A-grade customer's guide must be one.",
                $"{user.Login} 不是主管，A级客户的指导人必须是主管。");
            return null;
        }

        return user.Id;
    }

    private static Customer Register(ImportScope scope, RowCells cells, CustomerRow row, Guid ownerId, Guid? guide)
    {
        var customer = Customer.Register(
            scope.NewId(),
            scope.Team.Id,
            ownerId,
            row.Kind,
            row.Name,
            row.FirstContactAt,
            scope.Now,
            row.Profile,
            scope.Team.CustomSources);
        Describe(scope, cells, customer, row, guide);
        return customer;
    }

    private static void Update(ImportScope scope, RowCells cells, Customer customer, CustomerRow row, Guid? guide)
    {
        var merged = Merge(customer.Profile, row.Profile);
        customer.UpdateProfile(row.Name, merged, scope.Team.CustomSources, scope.Viewer.UserId, scope.Now);
        Describe(scope, cells, customer, row, guide);
    }

    // 客户评价 / 客户反馈: one feedback record each, owned by the customer's owner, received at the import.
    private static void AddFeedback(ImportScope scope, Customer customer, CustomerRow row)
    {
        foreach (var text in row.Feedback)
        {
            var category = Cells.FeedbackWords.Classify(text);
            var owner = customer.OwnerOr(scope.Viewer.UserId);
            scope.Db.Feedback.Add(Domain.Care.Feedback.Receive(
                scope.NewId(), customer.TeamId, customer.Id, owner, category, text, false, scope.Now));
        }
    }

    private static void Describe(ImportScope scope, RowCells cells, Customer customer, CustomerRow row, Guid? guide)
    {
        if (row.Needs is { } needs)
        {
            customer.RecordNeeds(needs, scope.Now);
        }

        if (row.Tags is { Count: > 0 } tags)
        {
            customer.Tag(tags, scope.Now);
        }

        foreach (var contact in row.Contacts)
        {
            var same = customer.Contacts
                .FirstOrDefault(c => string.Equals(c.Name, contact.Name, StringComparison.Ordinal));
            if (same is null)
            {
                customer.AddContact(scope.NewId(), contact, scope.Viewer.UserId, scope.Now);
            }
            else if (contact.IsKeyDecisionMaker && !same.IsKeyDecisionMaker)
            {
                var flagged = new ContactDetails(
                    same.Name,
                    same.Title,
                    same.Phone,
                    same.Email,
                    same.WeChat,
                    same.Address,
                    contact.Notes ?? same.Notes,
                    true);
                customer.UpdateContact(same.Id, flagged, scope.Viewer.UserId, scope.Now);
            }
        }

        if (row.Purchase is { } purchase
            && !customer.Purchases.Any(p => p.Product == purchase.Product && p.PurchasedOn == purchase.PurchasedOn))
        {
            customer.RecordPurchase(
                scope.NewId(), purchase.Product, purchase.PurchasedOn, purchase.Amount, purchase.Currency, scope.Now);
        }

        if (row.LastFollowUpAt is { } last)
        {
            if (last > scope.Now)
            {
                cells.Fail(
                    "lastFollowUpAt",
                    "FOLLOW_UP_IN_FUTURE",
                    "The last follow-up cannot lie in the future.",
                    "最近跟进时间不能晚于现在。");
            }
            else
            {
                customer.RecordContact(last, scope.Now);
            }
        }

        if (row.Grade is { } grade && grade != customer.Grade)
        {
            customer.Regrade(grade, "表格导入 Imported from a spreadsheet", scope.Viewer.UserId, guide, scope.Now);
        }
    }

    // Cells left empty keep what the customer already has; filled cells replace it.
    private static CustomerProfile Merge(CustomerProfile current, CustomerProfile sheet) => current with
    {
        Source = sheet.Source == CustomerSource.Other && sheet.CustomSource is null ? current.Source : sheet.Source,
        CustomSource = sheet.Source == CustomerSource.Other && sheet.CustomSource is null
            ? current.CustomSource
            : sheet.CustomSource,
        Phone = sheet.Phone ?? current.Phone,
        Email = sheet.Email ?? current.Email,
        WeChat = sheet.WeChat ?? current.WeChat,
        Address = sheet.Address ?? current.Address,
        Gender = sheet.Gender ?? current.Gender,
        Birthday = sheet.Birthday ?? current.Birthday,
        Occupation = sheet.Occupation ?? current.Occupation,
        Industry = sheet.Industry ?? current.Industry,
        CompanySize = sheet.CompanySize ?? current.CompanySize,
        MainBusiness = sheet.MainBusiness ?? current.MainBusiness,
        Website = sheet.Website ?? current.Website,
        FoundedOn = sheet.FoundedOn ?? current.FoundedOn,
        Preferences = sheet.Preferences ?? current.Preferences,
        Personality = sheet.Personality ?? current.Personality,
        SpecialNeeds = sheet.SpecialNeeds ?? current.SpecialNeeds,
    };
}
