using CrmGraph.Domain.Care;
using CrmGraph.Domain.Common;
using CrmGraph.Domain.Service;

namespace CrmGraph.Domain.Tests.Service;

public sealed class ComplaintWorkflow
{
    private static ServiceRecord Complaint() =>
        ServiceRecord.Open(A.NewId(), A.TeamId, A.NewId(), A.Salesperson, ServiceType.Complaint, "系统响应慢", A.Now, A.Now);

    [Fact]
    public void A_complaint_goes_open_answered_resolved_revisited_then_closes()
    {
        var complaint = Complaint();

        complaint.Answer("已安排工程师排查", A.Now.AddMinutes(45));
        complaint.Resolve("优化数据库索引", null, A.Now.AddHours(6));
        complaint.Revisit("客户确认速度恢复", true, A.Now.AddDays(2));
        complaint.Close(A.Now.AddDays(2));

        complaint.Status.ShouldBe(ServiceStatus.Closed);
        complaint.ResponseTime.ShouldBe(TimeSpan.FromMinutes(45));
    }

    [Fact]
    public void A_complaint_cannot_close_before_a_satisfied_revisit()
    {
        var complaint = Complaint();
        complaint.Answer("已响应", A.Now.AddMinutes(10));
        complaint.Resolve("已处理", true, A.Now.AddHours(1));

        Should.Throw<DomainException>(() => complaint.Close(A.Now.AddHours(2))).Code.ShouldBe(
            "COMPLAINT_NEEDS_REVISIT");
        complaint.Revisit("客户仍不满意", false, A.Now.AddDays(1));
        Should.Throw<DomainException>(() => complaint.Close(A.Now.AddDays(1))).Code.ShouldBe("COMPLAINT_NEEDS_REVISIT");
        complaint.Status.ShouldBe(ServiceStatus.Answered);
    }

    [Fact]
    public void Steps_must_come_in_order_and_in_time()
    {
        var complaint = Complaint();

        Should.Throw<DomainException>(() => complaint.Resolve("跳过响应", true, A.Now)).Code.ShouldBe(
            "SERVICE_STEP_OUT_OF_ORDER");
        Should.Throw<DomainException>(() => complaint.Answer("倒填时间", A.Now.AddMinutes(-1))).Code.ShouldBe(
            "STEP_BEFORE_PREVIOUS");
        complaint.Status.ShouldBe(ServiceStatus.Open);
    }

    [Fact]
    public void Other_services_close_once_resolved()
    {
        var consultation = ServiceRecord.Open(
            A.NewId(), A.TeamId, A.NewId(), A.Salesperson, ServiceType.Consultation, "咨询报价", A.Now, A.Now);
        consultation.Answer("已发送报价单", A.Now.AddMinutes(5));
        consultation.Resolve("客户已收到", true, A.Now.AddMinutes(6));

        consultation.Close(A.Now.AddMinutes(7));

        consultation.Status.ShouldBe(ServiceStatus.Closed);
    }

    [Fact]
    public void Surveys_score_one_to_five_and_feedback_can_go_to_the_product_department()
    {
        Should.Throw<DomainException>(() => SatisfactionSurvey.Answer(
            A.NewId(), A.TeamId, A.NewId(), A.Salesperson, 0, null, A.Now)).Code.ShouldBe("SCORE_OUT_OF_RANGE");
        SatisfactionSurvey.Answer(
            A.NewId(), A.TeamId, A.NewId(), A.Salesperson, 4, "服务及时", A.Now).Satisfied.ShouldBeTrue();
        var feedback = Feedback.Receive(
            A.NewId(), A.TeamId, A.NewId(), A.Salesperson, FeedbackCategory.Suggestion, "希望支持导出PDF", false, A.Now);

        feedback.MarkForProductDepartment(A.Now);

        feedback.ForProductDepartment.ShouldBeTrue();
    }
}
