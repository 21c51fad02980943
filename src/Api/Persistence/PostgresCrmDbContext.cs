using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Api.Persistence;

public sealed class PostgresCrmDbContext(DbContextOptions<PostgresCrmDbContext> options) : CrmDbContext(options);
