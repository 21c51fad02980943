using CrmGraph.Api.GraphQL.Mutations;
using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.Aftercare;

/// <summary>
/// After the sale: service requests and each step of a complaint (客户服务/投诉处理), care actions (客户关怀),
/// satisfaction surveys, feedback, and win-back attempts (客户挽回). Everyone who may edit the customer may do these.
/// Each mutation is one input record and one handler, in the file named after the use case.
/// </summary>
public static class AftercareMutations
{
    public static void AddAftercareMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<RecordServiceInput, ServiceRecordType>(
            "recordService", "service",
            "Records a service request or a complaint (type COMPLAINT starts the complaint workflow). 新建服务记录/投诉。",
            RecordService.HandleAsync);

        mutation.AddMutation<AnswerServiceInput, ServiceRecordType>(
            "answerService", "service",
            "First answer to the customer (响应); the response time runs until now. 响应服务。",
            AnswerService.HandleAsync);

        mutation.AddMutation<ResolveServiceInput, ServiceRecordType>(
            "resolveService", "service", "Records the result (处理结果). 解决服务。",
            ResolveService.HandleAsync);

        mutation.AddMutation<RevisitServiceInput, ServiceRecordType>(
            "revisitService", "service",
            "The revisit (回访): an unsatisfied complaint goes back to be resolved again. 回访。",
            RevisitService.HandleAsync);

        mutation.AddMutation<CloseServiceInput, ServiceRecordType>(
            "closeService", "service", "Closes the service; a complaint only after a satisfied revisit. 关闭服务。",
            CloseService.HandleAsync);

        mutation.AddMutation<RecordCareActionInput, CareActionType>(
            "recordCareAction", "careAction",
            "Records a care action done for the customer (关怀: 使用指南、节日问候、生日礼物 …). 记录关怀。",
            RecordCareAction.HandleAsync);

        mutation.AddMutation<RecordSatisfactionSurveyInput, SatisfactionSurveyType>(
            "recordSatisfactionSurvey", "survey",
            "Records the customer's satisfaction score (1–5) from a survey. 记录满意度调研。",
            RecordSatisfactionSurvey.HandleAsync);

        mutation.AddMutation<RecordFeedbackInput, FeedbackType>(
            "recordFeedback", "feedback",
            "Records a suggestion, complaint or praise; mark it for the product department when it is about the"
            + " product. 记录客户反馈。",
            RecordFeedback.HandleAsync);

        mutation.AddMutation<MarkFeedbackForProductInput, FeedbackType>(
            "markFeedbackForProduct", "feedback", "Passes the feedback to the product department. 转产品部门。",
            MarkFeedbackForProduct.HandleAsync);

        mutation.AddMutation<StartWinBackInput, WinBackAttemptType>(
            "startWinBack", "winBack",
            "Starts winning back an at-risk or churned customer, with the churn reason and the measures. 开始挽回。",
            StartWinBack.HandleAsync);

        mutation.AddMutation<ConcludeWinBackInput, WinBackAttemptType>(
            "concludeWinBack", "winBack",
            "Records the effect; a success wins the customer back (挽回成功). 记录挽回效果。",
            ConcludeWinBack.HandleAsync);
    }
}
