using System.Text;

namespace CrmGraph.Api.Sheets.Reading;

/// <summary>
/// RFC 4180 rows over a <see cref="TextReader"/> (so any encoding, GBK included): quoted fields may hold the
/// separator, doubled quotes and line breaks. The separator is a comma, or a tab/semicolon when the first line uses
/// that.
/// </summary>
public static class CsvRows
{
    public const int MaxFieldLength = 32 * 1024;

    public static IEnumerable<IReadOnlyList<string?>> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var first = reader.ReadLine();
        if (first is null)
        {
            yield break;
        }

        var separator = first.Count(c => c == '\t') > first.Count(c => c == ',') ? '\t'
            : first.Count(c => c == ';') > first.Count(c => c == ',') ? ';' : ',';
        var combined = new CombinedReader(first.TrimStart('\uFEFF') + "\n", reader);
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var afterQuote = false;
        int c;
        while ((c = combined.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (combined.Peek() == '"')
                    {
                        combined.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0 && !afterQuote)
            {
                quoted = true;
            }
            else if (ch == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                afterQuote = false;
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && combined.Peek() == '\n')
                {
                    combined.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                afterQuote = false;
                yield return fields;
                fields = [];
            }
            else
            {
                field.Append(ch);
            }

            if (field.Length > MaxFieldLength)
            {
                throw new InvalidDataException(
                    $"a field is longer than {MaxFieldLength} characters (an unclosed quote?)");
            }
        }

        if (quoted)
        {
            throw new InvalidDataException("the file ends inside a quoted field (an unclosed quote)");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }

    /// <summary>Quotes a field when it holds a separator, a quote or a line break.</summary>
    public static string Quote(string? value) =>
        value is null ? string.Empty
        : value.IndexOfAny(
            [',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;

    private sealed class CombinedReader(string head, TextReader tail)
    {
        private int _at;

        public int Read() => _at < head.Length ? head[_at++] : tail.Read();

        public int Peek() => _at < head.Length ? head[_at] : tail.Peek();
    }
}
