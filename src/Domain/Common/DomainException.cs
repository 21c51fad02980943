namespace CrmGraph.Domain.Common;

/// <summary>
/// An invalid command. <see cref="Code"/> is stable for clients; the message exists in English and Chinese
/// so the API can answer in the caller's language.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string code, string message, string chineseMessage, string? field = null)
        : base(message)
    {
        Code = code;
        ChineseMessage = chineseMessage;
        Field = field;
    }

    public DomainException()
        : this("DOMAIN_ERROR", "The command is not valid.", "操作无效。")
    {
    }

    public DomainException(string message)
        : this("DOMAIN_ERROR", message, message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "DOMAIN_ERROR";
        ChineseMessage = message;
    }

    public string Code { get; }

    public string ChineseMessage { get; }

    /// <summary>The input field the error is about, when there is one (camelCase, as in the API).</summary>
    public string? Field { get; }

    public string MessageFor(bool chinese) => chinese ? ChineseMessage : Message;
}
