using CrmGraph.Domain.Customers;
using CrmGraph.Api.Persistence.Encryption;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

/// <summary>The customer's value objects, stored as columns of the customers row.</summary>
public static class CustomerValueConfiguration
{
    public static void Profile(ComplexPropertyBuilder<CustomerProfile> profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        profile.Property(p => p.Source).HasConversion<string>().HasMaxLength(16);
        profile.Property(p => p.Gender).HasConversion<string>().HasMaxLength(16);
        profile.Property(p => p.CustomSource).HasMaxLength(50);
        // Personal contact data is sealed at rest (ADR-024).
        profile.Property(p => p.Phone).HasConversion(ProtectedConverters.Text).HasMaxLength(
            ProtectedConverters.SealedMaxLength);
        profile.Property(p => p.Email).HasConversion(ProtectedConverters.Text).HasMaxLength(
            ProtectedConverters.SealedMaxLength);
        profile.Property(p => p.WeChat).HasConversion(ProtectedConverters.Text).HasMaxLength(
            ProtectedConverters.SealedMaxLength);
        profile.Property(p => p.Address).HasConversion(ProtectedConverters.Text).HasMaxLength(
            ProtectedConverters.SealedMaxLength);
        profile.Property(p => p.Birthday).HasConversion(ProtectedConverters.Date).HasMaxLength(
            ProtectedConverters.SealedMaxLength);
        profile.Property(p => p.Occupation).HasMaxLength(100);
        profile.Property(p => p.Industry).HasMaxLength(100);
        profile.Property(p => p.CompanySize).HasMaxLength(50);
        profile.Property(p => p.MainBusiness).HasMaxLength(500);
        profile.Property(p => p.Website).HasMaxLength(200);
        profile.Property(p => p.Preferences).HasMaxLength(2000);
        profile.Property(p => p.Personality).HasMaxLength(2000);
        profile.Property(p => p.SpecialNeeds).HasMaxLength(2000);
    }

    public static void Needs(ComplexPropertyBuilder<CustomerNeeds> needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        needs.Property(n => n.Product).HasMaxLength(200);
        needs.Property(n => n.Currency).HasMaxLength(3);
        needs.Property(n => n.DecisionChain).HasConversion<string>().HasMaxLength(16);
        needs.Property(n => n.Description).HasMaxLength(2000);
        needs.Property(n => n.BudgetMin).HasPrecision(18, 2);
        needs.Property(n => n.BudgetMax).HasPrecision(18, 2);
    }
}
