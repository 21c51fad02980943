using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using CrmGraph.Api.Authentication;

namespace CrmGraph.Api.Transport.RateLimiting;

/// <summary>
/// Who a request counts against: the SHA-256 of the credential it carries (never the token itself) and the client
/// address. Only <c>/graphql</c> is limited; everything else (health probes) is <see cref="Exempt"/>.
/// </summary>
public readonly record struct RateLimitClient(string? CredentialHash, string Address, bool IsExempt = false)
{
    public static readonly RateLimitClient Exempt = new(null, string.Empty, IsExempt: true);

    public static RateLimitClient Of(HttpContext http, string graphQLPath)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.Path.StartsWithSegments(graphQLPath, StringComparison.OrdinalIgnoreCase))
        {
            return Exempt;
        }

        var credential = BearerTokenValidator.FromHeaderValue(http.Request.Headers.Authorization.FirstOrDefault());
        return For(string.IsNullOrWhiteSpace(credential) ? null : credential, http.Connection.RemoteIpAddress);
    }

    public static RateLimitClient For(string? credential, IPAddress? address) =>
        new(
            credential is null ? null : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credential))),
            AddressKey(address));

    /// <summary>
    /// IPv6 clients usually own a whole /64, so they are grouped by it; IPv4-mapped addresses count as IPv4.
    /// </summary>
    private static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address))
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
