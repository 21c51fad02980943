using CrmGraph.Api.Authentication.ApiTokens;
using CrmGraph.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmGraph.Api.Persistence.Configurations;

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("api_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(ApiToken.NameMaxLength).IsRequired();
        builder.Property(t => t.Scope).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.SecretHash).HasMaxLength(64).IsRequired();
        builder.Property(t => t.Prefix).HasMaxLength(ApiTokenSecrets.DisplayPrefixLength).IsRequired();
        builder.HasIndex(t => t.SecretHash).IsUnique().HasDatabaseName("ux_api_tokens_secret_hash");
        builder.HasIndex(t => t.UserId).HasDatabaseName("ix_api_tokens_user_id");
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
