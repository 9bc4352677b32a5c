namespace OpenBudget.Api.Http;

/// <summary>Whether a request asks for English labels beside the Chinese names: ?lang=en, or Accept-Language preferring English.</summary>
internal static class Language
{
    internal static bool WantsEnglish(HttpRequest request, string? lang)
    {
        if (!string.IsNullOrEmpty(lang))
        {
            return lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        }

        var languages = request.GetTypedHeaders().AcceptLanguage;
        var first = languages.Where(l => l.Quality is not 0).OrderByDescending(l => l.Quality ?? 1).FirstOrDefault();
        return first is not null && first.Value.Value is { } tag && tag.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }
}
