using CrmGraph.Domain.Common;
using CrmGraph.Domain.Service;
using FsCheck.Xunit;

namespace CrmGraph.Domain.Tests.Properties;

/// <summary>
/// Whatever steps are attempted, a complaint is closed only after a revisit that found the customer satisfied,
/// answered services keep their response time, and a refused step changes nothing.
/// </summary>
public sealed class ServiceInvariantProperties
{
    [Property(MaxTest = 300)]
    public void No_sequence_closes_a_complaint_without_a_satisfied_revisit(int[] commands, bool complaint)
    {
        var type = complaint ? ServiceType.Complaint : ServiceType.Repair;
        var service = ServiceRecord.Open(A.NewId(), A.TeamId, A.NewId(), A.Salesperson, type, "设备故障", A.Now, A.Now);
        var at = A.Now;
        var satisfiedRevisits = 0;
        foreach (var command in commands ?? [])
        {
            at = at.AddHours(Math.Abs(command % 5) - 1);
            var before = Fingerprint(service);
            try
            {
                switch (Math.Abs(command / 5) % 5)
                {
                    case 0: service.Answer((command & 64) == 0 ? "已受理" : " ", at); break;
                    case 1: service.Resolve("已处理", (command & 128) == 0, at); break;
                    case 2:
                        service.Revisit("已回访", (command & 256) == 0, at);
                        satisfiedRevisits += (command & 256) == 0 ? 1 : 0;
                        break;
                    default: service.Close(at); break;
                }
            }
            catch (DomainException)
            {
                Fingerprint(service).ShouldBe(before, $"refused command {command} changed the service");
            }

            if (service.Status == ServiceStatus.Closed && complaint)
            {
                service.RevisitedAt.ShouldNotBeNull();
                service.Satisfied.ShouldBe(true);
                satisfiedRevisits.ShouldBeGreaterThan(0);
            }

            if (service.AnsweredAt is not null)
            {
                service.ResponseTime.ShouldBe(service.AnsweredAt - service.RequestedAt);
                service.ResponseTime!.Value.ShouldBeGreaterThanOrEqualTo(TimeSpan.Zero);
            }
        }
    }

    private static string Fingerprint(ServiceRecord s) => string.Join('|',
        s.Status, s.AnsweredAt, s.ResolvedAt, s.RevisitedAt, s.ClosedAt, s.AnswerText, s.Result, s.RevisitNote, s.Satisfied, s.DomainEvents.Count);
}
