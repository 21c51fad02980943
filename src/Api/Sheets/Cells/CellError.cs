namespace CrmGraph.Api.Sheets.Cells;

/// <summary>
/// Why a cell could not be read, in English and Chinese (the row and column are added by the caller).
/// </summary>
public sealed class CellException : Exception
{
    public CellException(string message, string chineseMessage)
        : base(message) => ChineseMessage = chineseMessage;

    public CellException()
        : this("The cell is not valid.", "单元格无效。")
    {
    }

    public CellException(string message)
        : this(message, message)
    {
    }

    public CellException(string message, Exception innerException)
        : base(message, innerException) => ChineseMessage = message;

    public string ChineseMessage { get; }
}
