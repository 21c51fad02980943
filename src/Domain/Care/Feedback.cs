using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Care;

/// <summary>Category of customer feedback. 客户反馈的类别。</summary>
public enum FeedbackCategory
{
    /// <summary>Suggestion. 建议。</summary>
    Suggestion,

    /// <summary>Complaint. 投诉。</summary>
    Complaint,

    /// <summary>Praise. 表扬。</summary>
    Praise,
}

/// <summary>
/// 客户反馈: a suggestion, complaint or praise; feedback meant for the product department is marked for it.
/// </summary>
public sealed class Feedback : AggregateRoot, ICustomerRecord
{
    // Only for EF.
    private Feedback()
    {
        Content = string.Empty;
    }

    private Feedback(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, FeedbackCategory category, string content,
        bool forProductDepartment, DateTimeOffset receivedAt)
    {
        Id = id;
        TeamId = teamId;
        CustomerId = customerId;
        OwnerId = ownerId;
        Category = category;
        Content = content;
        ForProductDepartment = forProductDepartment;
        ReceivedAt = receivedAt;
    }

    public Guid TeamId { get; private set; }

    public Guid CustomerId { get; private set; }

    void ICustomerRecord.MoveToCustomer(Guid customerId) => CustomerId = customerId;

    public Guid OwnerId { get; private set; }

    public FeedbackCategory Category { get; private set; }

    public string Content { get; private set; }

    /// <summary>转产品部门: marked for the product department.</summary>
    public bool ForProductDepartment { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>Part of erasing the customer: the words go, the category stays for the figures.</summary>
    public void Redact() => Content = "[已删除]";

    public static Feedback Receive(
        Guid id, Guid teamId, Guid customerId, Guid ownerId, FeedbackCategory category, string content,
        bool forProductDepartment, DateTimeOffset receivedAt)
    {
        var text = Guard.RequiredText(content, "content", 4000, "反馈内容");
        var feedback = new Feedback(
            id, teamId, customerId, ownerId, category, text, forProductDepartment, Guard.Utc(receivedAt));
        feedback.Raise(new FeedbackReceived(id, customerId, category, forProductDepartment, feedback.ReceivedAt));
        return feedback;
    }

    public void MarkForProductDepartment(DateTimeOffset now)
    {
        ForProductDepartment = true;
        Raise(new FeedbackReceived(Id, CustomerId, Category, true, Guard.Utc(now)));
    }
}

public sealed record FeedbackReceived(
    Guid FeedbackId, Guid CustomerId, FeedbackCategory Category, bool ForProductDepartment,
    DateTimeOffset OccurredAt) : IDomainEvent;
