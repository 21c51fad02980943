global using CrmGraph.Api.Tests.Fixtures;
global using Snapshooter.Xunit;
global using CrmGraph.Tests.Shared;
