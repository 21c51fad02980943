using System.Globalization;
using CrmGraph.Domain.Teams;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmGraph.Api.Persistence.Migrations;

/// <summary>
/// Data a schema change must write so existing rows stay valid. Called from the generated migrations of both
/// engines (the SQL is portable); the values come from the domain's own defaults, so they cannot drift.
/// </summary>
public static class Backfills
{
    /// <summary>
    /// Conversions kept their cooperation terms only on the customer (the latest win's); give them to that latest
    /// won deal. Earlier wins of the same customer stay without terms: what they were is not known.
    /// </summary>
    public static void ConversionTerms(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            UPDATE deals SET
              conversion_cooperation_mode = (SELECT c.cooperation_mode FROM customers c WHERE c.id = deals.customer_id),
              conversion_term_start = (SELECT c.term_start FROM customers c WHERE c.id = deals.customer_id),
              conversion_term_end = (SELECT c.term_end FROM customers c WHERE c.id = deals.customer_id)
            WHERE status = 'Won' AND NOT EXISTS (
              SELECT 1 FROM deals later WHERE later.customer_id = deals.customer_id AND later.status = 'Won'
                AND (later.closed_at > deals.closed_at OR (later.closed_at = deals.closed_at AND later.id > deals.id)));
            """);
    }

    /// <summary>
    /// Stored reminders are numbered per recipient in id order (the order they were delivered in until now), and each
    /// recipient's counter starts after its last number.
    /// </summary>
    public static void ReminderSequences(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            UPDATE reminders SET recipient_sequence = numbered.n
            FROM (SELECT id, row_number() OVER (PARTITION BY recipient_id ORDER BY id) AS n FROM reminders) AS numbered
            WHERE reminders.id = numbered.id;
            INSERT INTO reminder_sequences (recipient_id, last) SELECT recipient_id, max(recipient_sequence) FROM reminders GROUP BY recipient_id;
            """);
    }

    /// <summary>Before this was kept, a plan's due time was last set when it was created (or rescheduled: not known).</summary>
    public static void PlanScheduledAt(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("UPDATE follow_up_plans SET scheduled_at = created_at;");
    }

    public static void CustomerArchiveLifecycleGradingPool(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var cadence = new CadencePolicy();
        var pool = new PoolPolicy();
        var reminders = new ReminderPolicy();
        var weights = new EvaluationWeights();
        migrationBuilder.Sql(Invariant($"""
            UPDATE teams SET
              cadence_grade_a_days = {cadence.GradeADays}, cadence_grade_b_days = {cadence.GradeBDays}, cadence_grade_c_days = {cadence.GradeCDays},
              cadence_new_customer_first_follow_up_days = {cadence.NewCustomerFirstFollowUpDays}, cadence_established_days = {cadence.EstablishedDays},
              cadence_prospect_days = {cadence.ProspectDays}, cadence_daily_cap_per_customer = {cadence.DailyCapPerCustomer},
              cadence_refuse_beyond_daily_cap = {Bool(cadence.RefuseBeyondDailyCap)},
              pool_enabled = {Bool(pool.Enabled)}, pool_reclaim_after_days = {pool.ReclaimAfterDays}, pool_warning_days_ahead = {pool.WarningDaysAhead},
              pool_previous_owner_cooldown_hours = {pool.PreviousOwnerCooldownHours}, pool_daily_claim_cap = {pool.DailyClaimCap},
              pool_holding_cap = {pool.HoldingCap}, pool_pause_while_deal_open = {Bool(pool.PauseWhileDealOpen)},
              pool_pause_while_contract_active = {Bool(pool.PauseWhileContractActive)},
              reminders_due_soon_hours = {reminders.DueSoonHours}, reminders_key_date_lead_days = {reminders.KeyDateLeadDays},
              reminders_contract_expiry_lead_days = {reminders.ContractExpiryLeadDays}, reminders_grade_review_stale_days = {reminders.GradeReviewStaleDays},
              reminders_contact_verification_stale_days = {reminders.ContactVerificationStaleDays}, reminders_entry_deadline_hours = {reminders.EntryDeadlineHours},
              weights_satisfaction = {weights.Satisfaction}, weights_complaint_rate = {weights.ComplaintRate}, weights_sales_amount = {weights.SalesAmount},
              weights_new_customers = {weights.NewCustomers}, weights_conversion_rate = {weights.ConversionRate},
              weights_follow_up_timeliness = {weights.FollowUpTimeliness}, weights_service_attitude = {weights.ServiceAttitude},
              weights_professional_ability = {weights.ProfessionalAbility}, weights_customer_feedback = {weights.CustomerFeedback};
            """));
        migrationBuilder.Sql("""
            UPDATE customers SET
              stage = 'Prospect', profile_source = 'Other', needs_currency = 'CNY', needs_decision_chain = 'Unknown',
              reclaim_clock_started_at = entered_at, reclaim_clock_paused_seconds = 0;
            """);
        migrationBuilder.Sql("""
            INSERT INTO customer_stage_changes (customer_id, "from", "to", "trigger", reason, actor_id, at)
            SELECT id, NULL, 'Prospect', 'Manual', NULL, owner_id, entered_at FROM customers;
            """);
    }

    private static string Bool(bool value) => value ? "TRUE" : "FALSE";

    private static string Invariant(FormattableString sql) => sql.ToString(CultureInfo.InvariantCulture);
}
