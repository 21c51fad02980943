global using CrmGraph.Api.Tests.Fixtures;
global using Snapshooter.Xunit;
