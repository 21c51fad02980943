namespace CrmGraph.Api.Transport.WebSockets;

/// <summary>The <c>Crm:WebSockets</c> section.</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>How long a client may take to send <c>connection_init</c> before the server closes with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    public int MaxMessageBytes { get; set; } = 256 * 1024;
}
