namespace CrmGraph.Domain.Reminders;

/// <summary>提醒对象: in which role the recipient receives the reminder.</summary>
public enum ReminderRecipient
{
    /// <summary>负责人：客户或跟进计划的负责业务员。The salesperson who owns the customer or the plan.</summary>
    Owner,

    /// <summary>主管：A级客户的指导主管或团队主管（升级提醒）。The supervisor guiding the customer, or the team's supervisor for escalations.</summary>
    Supervisor,
}
