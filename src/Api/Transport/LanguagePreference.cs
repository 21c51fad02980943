namespace CrmGraph.Api.Transport;

/// <summary>
/// Whether a request prefers Chinese: its most preferred Accept-Language (by q-value, then order) is zh….
/// </summary>
public static class LanguagePreference
{
    public static bool PrefersChinese(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.GetTypedHeaders().AcceptLanguage
            .Select((language, index) => (language, index))
            .OrderByDescending(x => x.language.Quality ?? 1)
            .ThenBy(x => x.index)
            .FirstOrDefault().language?.Value.Value?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true;
    }
}
