using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Persistence;

public sealed class PostgresCrmDbContext(DbContextOptions<PostgresCrmDbContext> options) : CrmDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SqlTime.MapForPostgres(modelBuilder);
    }
}
