using CrmGraph.Domain.Common;
using CrmGraph.Domain.Customers.Events;

namespace CrmGraph.Domain.Customers;

/// <summary>
/// A/B/C grading (客户分级): every change has a reason and is kept; an A-grade customer always has a supervisor
/// as guide (A级客户由主管亲自跟进指导); grades are reviewed weekly.
/// </summary>
public sealed partial class Customer
{
    public CustomerGrade? Grade { get; private set; }

    /// <summary>The supervisor guiding this customer; required while the grade is A. 指导该客户的销售主管；A 级客户必填。</summary>
    public Guid? SupervisorGuideId { get; private set; }

    /// <summary>When the grade was last set or confirmed. 最近一次设定或确认分级的时间。</summary>
    public DateTimeOffset? GradeReviewedAt { get; private set; }

    public IReadOnlyList<GradeChange> GradeHistory => _gradeHistory;

    /// <summary>
    /// Changes the grade with its reason. Moving to A needs a supervisor guide (given here or already assigned).
    /// Setting the current grade again is a review, not a change.
    /// </summary>
    public void Regrade(CustomerGrade to, string reason, Guid actorId, Guid? supervisorGuideId, DateTimeOffset now)
    {
        var why = Guard.RequiredText(reason, "reason", 500, "分级原因");
        var guide = supervisorGuideId ?? SupervisorGuideId;
        if (to == CustomerGrade.A && guide is null)
        {
            throw new DomainException(
                "A_GRADE_NEEDS_SUPERVISOR_GUIDE",
                "An A-grade customer needs a supervisor as guide; name one in 'supervisorGuideId'.",
                "A级客户必须由主管亲自跟进指导，请指定主管。",
                "supervisorGuideId");
        }

        EnsureActive();
        if (Grade == to)
        {
            ReviewGrade(actorId, now);
            return;
        }

        var from = Grade;
        Grade = to;
        GradeReviewedAt = Guard.Utc(now);
        if (to == CustomerGrade.A && guide != SupervisorGuideId)
        {
            SupervisorGuideId = guide;
            Raise(new SupervisorGuideAssigned(Id, guide!.Value, GradeReviewedAt.Value));
        }

        _gradeHistory.Add(new GradeChange(from, to, why, actorId, GradeReviewedAt.Value));
        Raise(new CustomerGradeChanged(Id, from, to, actorId, GradeReviewedAt.Value));
    }

    /// <summary>Confirms the current grade in the weekly review (每周更新客户分级) without changing it.</summary>
    public void ReviewGrade(Guid actorId, DateTimeOffset now)
    {
        if (Grade is not { } grade)
        {
            throw new DomainException(
                "NOT_GRADED", "The customer has no grade to review yet.", "该客户尚未分级，无法复核。", "grade");
        }

        EnsureActive();
        GradeReviewedAt = Guard.Utc(now);
        Raise(new CustomerGradeReviewed(Id, grade, actorId, GradeReviewedAt.Value));
    }

    /// <summary>Names the supervisor who guides this customer.</summary>
    public void AssignSupervisorGuide(Guid supervisorId, DateTimeOffset now)
    {
        EnsureActive();
        SupervisorGuideId = supervisorId;
        Raise(new SupervisorGuideAssigned(Id, supervisorId, Guard.Utc(now)));
    }

    /// <summary>An established customer intends to buy again or buy more (复购 / 增购): back to A.</summary>
    public void RecordRepurchaseIntent(string reason, Guid actorId, Guid? supervisorGuideId, DateTimeOffset now)
    {
        if (Stage is not (LifecycleStage.Established or LifecycleStage.Maintaining or LifecycleStage.WonBack))
        {
            throw new DomainException(
                "NOT_ESTABLISHED",
                "Repurchase intent applies to established customers; grade a prospect with 'regrade'.",
                "复购意向仅适用于已成交客户；潜在客户请直接调整分级。",
                "stage");
        }

        Regrade(
            CustomerGrade.A, $"复购/增购意向: {Guard.RequiredText(reason, "reason", 450, "复购原因")}", actorId,
            supervisorGuideId, now);
    }

    /// <summary>True when the grade has not been set or confirmed for <paramref name="staleDays"/> days.</summary>
    public bool GradeReviewIsStale(int staleDays, DateTimeOffset now) =>
        Grade is not null && now - (GradeReviewedAt ?? EnteredAt) >= TimeSpan.FromDays(staleDays);

    /// <summary>
    /// The system's grade proposal from the evaluation and needs, with its reasons; a person confirms it.
    /// </summary>
    public GradeProposal ProposeGrade(DateOnly today) =>
        GradeProposal.For(Needs, Evaluation, KeyDecisionMaker is not null, today);

    /// <summary>Records the evaluation (潜在客户评估); a prospect becomes qualified.</summary>
    public void Evaluate(CustomerEvaluation evaluation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(evaluation);

        // The record's constructor is public (EF and callers can build one); the scores are checked here as well.
        var valid = CustomerEvaluation.Score(
            evaluation.PurchasingPower, evaluation.PurchaseIntent, evaluation.Loyalty, evaluation.Note,
            evaluation.EvaluatedBy, evaluation.EvaluatedAt);
        EnsureActive();
        Evaluation = valid;
        Raise(new CustomerEvaluated(Id, valid.Total, Guard.Utc(now)));
        Advance(StageTrigger.Evaluated, valid.EvaluatedBy, now);
    }
}
