global using CrmGraph.Domain.Tests.Builders;
