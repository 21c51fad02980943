using CrmGraph.Domain.Common;
using CrmGraph.Domain.Service;

namespace CrmGraph.Domain.Tests.Service;

/// <summary>
/// A revisit that finds the customer unhappy sends the complaint back to work instead of leaving it stuck.
/// </summary>
public sealed class ComplaintReopening
{
    private static ServiceRecord ResolvedComplaint()
    {
        var complaint = ServiceRecord.Open(
            A.NewId(), A.TeamId, A.NewId(), A.Salesperson, ServiceType.Complaint, "发票开错", A.Now, A.Now);
        complaint.Answer("已受理", A.Now.AddMinutes(30));
        complaint.Resolve("已重开发票", null, A.Now.AddHours(4));
        return complaint;
    }

    [Fact]
    public void An_unsatisfied_revisit_reopens_the_complaint_for_another_resolution()
    {
        var complaint = ResolvedComplaint();

        complaint.Revisit("客户仍未收到", false, A.Now.AddDays(1));

        complaint.Status.ShouldBe(ServiceStatus.Answered);
        complaint.Satisfied.ShouldBe(false);
        complaint.DomainEvents.OfType<ServiceRevisited>().Single().Satisfied.ShouldBeFalse();
    }

    [Fact]
    public void A_reopened_complaint_closes_after_a_second_resolution_and_a_satisfied_revisit()
    {
        var complaint = ResolvedComplaint();
        complaint.Revisit("客户仍未收到", false, A.Now.AddDays(1));

        complaint.Resolve("快递补寄", null, A.Now.AddDays(2));
        complaint.Revisit("客户确认收到", true, A.Now.AddDays(3));
        complaint.Close(A.Now.AddDays(3));

        complaint.Status.ShouldBe(ServiceStatus.Closed);
        complaint.ResponseTime.ShouldBe(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void A_reopened_complaint_still_cannot_close_without_a_new_revisit()
    {
        var complaint = ResolvedComplaint();
        complaint.Revisit("客户仍未收到", false, A.Now.AddDays(1));
        complaint.Resolve("快递补寄", null, A.Now.AddDays(2));

        Should.Throw<DomainException>(() => complaint.Close(A.Now.AddDays(2))).Code.ShouldBe("COMPLAINT_NEEDS_REVISIT");
        complaint.Status.ShouldBe(ServiceStatus.Resolved);
    }
}
