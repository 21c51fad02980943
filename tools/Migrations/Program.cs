using CrmGraph.Migrations.Tool;

return MigrationScaffolding.Run(args);
