namespace CrmGraph.Api.Sheets.Reading;

/// <summary>The file as a whole cannot be read (not a spreadsheet, no header row, too large).</summary>
public sealed class SheetFileException : Exception
{
    public SheetFileException(string code, string message, string chineseMessage)
        : base(message) => (Code, ChineseMessage) = (code, chineseMessage);

    public SheetFileException()
        : this("INVALID_FILE", "The file cannot be read.", "无法读取该文件。")
    {
    }

    public SheetFileException(string message)
        : this("INVALID_FILE", message, message)
    {
    }

    public SheetFileException(string message, Exception innerException)
        : base(message, innerException) => (Code, ChineseMessage) = ("INVALID_FILE", message);

    public string Code { get; }

    public string ChineseMessage { get; }
}
