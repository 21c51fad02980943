using CrmGraph.Domain.Common;

namespace CrmGraph.Domain.Customers;

/// <summary>Handling status of a potential issue. 潜在问题的处理状态。</summary>
public enum IssueStatus
{
    /// <summary>Open. 待处理。</summary>
    Open,

    /// <summary>In progress. 处理中。</summary>
    InProgress,

    /// <summary>Resolved. 已解决。</summary>
    Resolved,
}

/// <summary>潜在问题: a risk or obstacle, with its analysis and solution.</summary>
public sealed class PotentialIssue
{
    // Only for EF.
    private PotentialIssue()
    {
        Description = string.Empty;
    }

    internal PotentialIssue(Guid id, string description, string? analysis, string? solution, IssueStatus status)
    {
        Id = id;
        Description = Guard.RequiredText(description, "description", 1000, "问题描述");
        Analysis = Guard.OptionalText(analysis, "analysis", 2000, "问题分析");
        Solution = Guard.OptionalText(solution, "solution", 2000, "解决方案");
        Status = status;
    }

    public Guid Id { get; private set; }

    public string Description { get; private set; }

    public string? Analysis { get; private set; }

    public string? Solution { get; private set; }

    public IssueStatus Status { get; private set; }

    internal void Update(string? analysis, string? solution, IssueStatus status)
    {
        Analysis = Guard.OptionalText(analysis, "analysis", 2000, "问题分析");
        Solution = Guard.OptionalText(solution, "solution", 2000, "解决方案");
        Status = status;
    }
}
