using GraphQL.Types;

namespace CrmGraph.Api.GraphQL.ServerInfo;

public static class ServerInfoQueries
{
    public static void AddServerInfoQuery(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ServerInfoType>>("serverInfo")
            .Description("What this server is: its release. 服务器信息：版本等。")
            .Resolve(_ => ServerInfoType.Instance);
    }
}

public sealed class ServerInfoType : ObjectGraphType<ServerInfoType.Info>
{
    public sealed record Info(string Version);

    internal static Info Instance { get; } = new(ServerVersion.Current);

    public ServerInfoType()
    {
        Name = "ServerInfo";
        Description = "The server's release. 服务器的发布信息。";
        Field(x => x.Version).Description(
            "The release, as semantic version (e.g. 0.1.0); also sent as the X-CrmGraph-Version header. 版本号。");
    }
}
