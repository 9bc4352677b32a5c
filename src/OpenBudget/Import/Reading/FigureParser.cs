using OpenBudget.Classification;
using OpenBudget.Disclosures;
using OpenBudget.Money;

namespace OpenBudget.Import.Reading;

/// <summary>Reads stated figures from a paragraph of the explanations: amounts with what they are about, shares ("占 82.85%"), changes ("比上年预算增加 1,156.46 万元，增长 26.42%"), reasons (主要原因是), purposes (主要用于) and the parts a purpose lists.</summary>
internal sealed class FigureParser
{
    private static readonly string[] IncreaseWords = ["增加", "增长", "提高", "上升", "增"];
    private static readonly string[] DecreaseWords = ["减少", "下降", "降低", "减"];
    private static readonly string[] ReasonMarkers = ["主要原因是", "主要原因为", "主要原因：", "主要原因:", "原因是", "原因为"];
    private static readonly string[] PurposeMarkers = ["主要用于", "主要包括", "具体用于"];

    private readonly ReadContext _context;

    internal FigureParser(ReadContext context) => _context = context;

    /// <summary>Gets or sets a suffix removed from subjects ("委托业务费", "结转"), for groups whose subjects are project names.</summary>
    internal string? SubjectSuffix { get; set; }

    /// <summary>Gets or sets a value indicating whether a leading year stays in subjects (project names such as "2026年运转类公用经费").</summary>
    internal bool KeepYear { get; set; }

    /// <summary>Reads one paragraph into a group.</summary>
    internal void Read(Paragraph paragraph, FigureGroupBuilder group)
    {
        string text = paragraph.Body.Length > 0 ? paragraph.Body : paragraph.Text;
        int baseOffset = paragraph.Text.Length - text.Length;
        bool enumerated = paragraph.Numbering != NumberingKind.None;
        List<MoneyToken> tokens = MoneyToken.Find(text);
        FigureBuilder? current = null;
        int figuresHere = 0;
        var kept = new List<string>();
        int sentenceStart = 0;
        while (sentenceStart < text.Length)
        {
            int stop = Texts.IndexOfAny(text, "。；;", sentenceStart);
            int sentenceEnd = stop < 0 ? text.Length : stop + 1;
            string sentence = text[sentenceStart..sentenceEnd];
            (int Start, int End)? reason = FindSpan(text, sentenceStart, sentenceEnd, ReasonMarkers);
            (int Start, int End)? purpose = FindSpan(text, sentenceStart, sentenceEnd, PurposeMarkers, untilFullStop: true);
            if (purpose is (int, int pEnd) && pEnd > sentenceEnd)
            {
                // A purpose runs to the full stop, over the semicolons that separate what it lists.
                sentenceEnd = pEnd;
                sentence = text[sentenceStart..sentenceEnd];
            }
            bool anyNumber = false;
            FigureBuilder? changed = null;
            foreach (MoneyToken token in tokens)
            {
                if (token.Start < sentenceStart || token.Start >= sentenceEnd || !(token.IsMoney || token.Percent))
                {
                    continue;
                }

                anyNumber = true;
                if (Inside(token, reason))
                {
                    continue;
                }

                PrintedLine line = paragraph.LineAt(baseOffset + token.Start);
                if (Inside(token, purpose))
                {
                    if (current is not null && token.IsMoney && !IsThreshold(token))
                    {
                        current.Parts.Add(new NamedAmount(PartName(text, purpose!.Value.Start, token.Start), token.Value, token.Unit!.Value));
                        paragraph.Place(_context.Ledger, baseOffset + token.Start, token.Text);
                    }

                    continue;
                }

                int clauseStart = ClauseStart(text, sentenceStart, token.Start);
                string prefix = text[clauseStart..token.Start].Trim();
                ChangeDirection? verb = VerbAtEnd(prefix, out string beforeVerb);
                if (token.Percent)
                {
                    if (prefix.EndsWith('占'))
                    {
                        if (current is not null)
                        {
                            current.Share = token.Value;
                            paragraph.Place(_context.Ledger, baseOffset + token.Start, token.Text);
                        }
                    }
                    else if (verb is not null || (changed ?? current)?.HasChange == true)
                    {
                        FigureBuilder? target = TargetOfChange(group, changed ?? current, beforeVerb);
                        if (target is not null)
                        {
                            target.Direction ??= verb;
                            target.Rate = token.Value;
                            target.ComparedWith ??= ComparedWith(text, sentenceStart, token.Start) ?? group.LastComparedWith;
                            changed = target;
                            paragraph.Place(_context.Ledger, baseOffset + token.Start, token.Text);
                        }
                    }

                    continue;
                }

                if (verb is not null)
                {
                    FigureBuilder? target = TargetOfChange(group, changed ?? current, beforeVerb);
                    if (target is not null)
                    {
                        target.Direction = verb;
                        target.ChangeAmount = token.Value;
                        target.ComparedWith = ComparedWith(text, sentenceStart, token.Start) ?? group.LastComparedWith;
                        group.LastComparedWith = target.ComparedWith;
                        changed = target;
                        paragraph.Place(_context.Ledger, baseOffset + token.Start, token.Text);
                    }

                    continue;
                }

                if (IsThreshold(token))
                {
                    continue;
                }

                string compactPrefix = Texts.Compact(prefix);
                if (current is not null && figuresHere > 0 && (compactPrefix.Contains("执行数", StringComparison.Ordinal) || compactPrefix.Contains("预算安排", StringComparison.Ordinal) || compactPrefix.Contains("上年", StringComparison.Ordinal)))
                {
                    // A restatement of the figure ("2024年预算安排25.77万元") or last year's amount; only an equal restatement is placed.
                    if (current.Amount == token.Value && !compactPrefix.Contains("执行数", StringComparison.Ordinal))
                    {
                        paragraph.Place(_context.Ledger, baseOffset + token.Start, token.Text);
                    }
                    else if (!compactPrefix.Contains("执行数", StringComparison.Ordinal) && !compactPrefix.Contains("上年", StringComparison.Ordinal))
                    {
                        _context.Report(ImportSeverity.Warning, ImportDiagnosticCodes.UnreadStatement, $"'{current.Subject}' is stated as {current.Amount} and again as {token.Text}; the second amount is not placed.", line);
                    }

                    continue;
                }

                var figure = new FigureBuilder
                {
                    Subject = Subject(text, sentenceStart, clauseStart, prefix),
                    Amount = token.Value,
                    Unit = token.Unit!.Value,
                    Enumerated = enumerated && figuresHere == 0,
                };
                figure.Key = SubjectKeys.For(figure.Subject, group.Key);
                figure.Functional = FunctionalOf(figure.Subject);
                figure.LeadsParts = LeadsParts(text, token.End, tokens);
                group.Figures.Add(figure);
                current = figure;
                figuresHere++;
                paragraph.Place(_context.Ledger, baseOffset + token.Start, token.Text);
                kept.Add(figure.Subject);
            }

            // 持平 and 与…持平 carry no number.
            int flat = sentence.IndexOf("持平", StringComparison.Ordinal);
            if (flat >= 0 && !Inside(sentenceStart + flat, reason))
            {
                int clauseStart = ClauseStart(text, sentenceStart, sentenceStart + flat);
                string before = text[clauseStart..(sentenceStart + flat)];
                FigureBuilder? target = TargetOfChange(group, changed ?? current, SubjectBeforeComparison(before));
                if (target is not null)
                {
                    target.Direction = ChangeDirection.Flat;
                    target.ComparedWith = ComparedWith(text, sentenceStart, sentenceStart + flat) ?? group.LastComparedWith;
                    changed = target;
                }
            }

            if (sentence.Contains("不予公开", StringComparison.Ordinal) && current is not null)
            {
                current.Undisclosed = true;
            }

            if (reason is (int rs, int re))
            {
                string reasonText = Texts.Norm(Texts.TrimEnd(text[rs..re], "。；;"));
                FigureBuilder? target = changed ?? current;
                if (target is not null && target.HasChange && reasonText.Length > 0)
                {
                    target.Reason = reasonText;
                    kept.Add(reasonText);
                }
                else if (!anyNumber || target is null)
                {
                    group.Remarks.Add(sentence.Trim());
                    kept.Add(sentence);
                }
            }

            if (purpose is (int ps, int pe) && current is not null && current.Purpose is null)
            {
                current.Purpose = Texts.Norm(Texts.TrimEnd(text[ps..pe], "。；;"));
                kept.Add(current.Purpose);
            }

            if (!anyNumber && flat < 0 && reason is null && purpose is null && current is null && sentence.Trim().Length > 0)
            {
                group.Remarks.Add(sentence.Trim());
                kept.Add(sentence);
            }

            sentenceStart = sentenceEnd;
        }

        foreach (PrintedLine line in paragraph.Lines)
        {
            foreach (string k in kept)
            {
                _context.Ledger.KeepText(line, k);
            }
        }
    }

    private FigureBuilder? TargetOfChange(FigureGroupBuilder group, FigureBuilder? current, string subject)
    {
        string s = CleanSubject(subject);
        if (s.Length > 0)
        {
            FigureBuilder? named = group.Find(s);
            if (named is not null)
            {
                return named;
            }
        }

        return current ?? (group.Figures.Count > 0 ? group.Figures[^1] : null);
    }

    private FunctionalCode? FunctionalOf(string subject)
    {
        if (subject.Contains("（类）", StringComparison.Ordinal) || subject.Contains("类）", StringComparison.Ordinal) || subject.Contains("(类)", StringComparison.Ordinal))
        {
            return _context.Names.TryChain(subject, out FunctionalCode code) ? code : null;
        }

        return _context.Names.TryClass(subject, out FunctionalCode cls) ? cls : null;
    }

    /// <summary>Finds the text a marker introduces, up to the end of its clause (；) or sentence (。).</summary>
    private static (int Start, int End)? FindSpan(string text, int start, int end, string[] markers, bool untilFullStop = false)
    {
        int best = -1;
        int length = 0;
        foreach (string marker in markers)
        {
            int at = text.IndexOf(marker, start, end - start, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                length = marker.Length;
            }
        }

        if (best < 0)
        {
            return null;
        }

        int from = best + length;
        while (from < end && text[from] is '：' or ':' or ' ')
        {
            from++;
        }

        if (untilFullStop)
        {
            int full = text.IndexOf('。', from);
            return (from, full < 0 ? text.Length : full + 1);
        }

        int stop = Texts.IndexOfAny(text, "；;。", from, end - from);
        return (from, stop < 0 ? end : stop + 1);
    }

    private static bool Inside(MoneyToken token, (int Start, int End)? span) => span is (int s, int e) && token.Start >= s && token.Start < e;

    private static bool Inside(int position, (int Start, int End)? span) => span is (int s, int e) && position >= s && position < e;

    private static int ClauseStart(string text, int sentenceStart, int position)
    {
        for (int i = position - 1; i >= sentenceStart; i--)
        {
            if (text[i] is '，' or ',' or '；' or ';' or '：' or ':' or '。')
            {
                return i + 1;
            }
        }

        return sentenceStart;
    }

    /// <summary>Reads a change verb at the end of a clause prefix ("比上年预算增加", "增长"), returning the text before it.</summary>
    private static ChangeDirection? VerbAtEnd(string prefix, out string before)
    {
        before = prefix;
        string p = Texts.TrimEnd(prefix, " 了");
        foreach (string word in IncreaseWords)
        {
            if (p.EndsWith(word, StringComparison.Ordinal))
            {
                before = SubjectBeforeComparison(p[..^word.Length]);
                return ChangeDirection.Increase;
            }
        }

        foreach (string word in DecreaseWords)
        {
            if (p.EndsWith(word, StringComparison.Ordinal))
            {
                before = SubjectBeforeComparison(p[..^word.Length]);
                return ChangeDirection.Decrease;
            }
        }

        return null;
    }

    /// <summary>Gets the subject of a change clause: the text before 比 or 与 ("2026年财政拨款“三公”经费预算比上年预算" → "2026年财政拨款“三公”经费预算").</summary>
    private static string SubjectBeforeComparison(string text)
    {
        int bi = text.LastIndexOf('比');
        int yu = text.LastIndexOf('与');
        int at = Math.Max(bi, yu);
        return at >= 0 ? text[..at] : text;
    }

    /// <summary>Reads what a change is measured against: the text between 比/与 and the verb ("上年预算", "2024年预算执行数").</summary>
    private static string? ComparedWith(string text, int sentenceStart, int position)
    {
        int clause = ClauseStart(text, sentenceStart, position);
        string segment = text[clause..position];
        int at = Math.Max(segment.LastIndexOf('比'), segment.LastIndexOf('与'));
        if (at < 0)
        {
            return null;
        }

        string rest = segment[(at + 1)..];
        foreach (string word in (ReadOnlySpan<string>)["增加", "减少", "增长", "下降", "持平", "提高", "降低", "上升", "增", "减"])
        {
            int w = rest.IndexOf(word, StringComparison.Ordinal);
            if (w >= 0)
            {
                rest = rest[..w];
                break;
            }
        }

        string compared = Texts.Norm(rest);
        return compared.Length > 0 ? compared : null;
    }

    private static bool IsThreshold(MoneyToken token)
    {
        string after = token.After.TrimStart();
        if (after.StartsWith("（含）", StringComparison.Ordinal) || after.StartsWith("(含)", StringComparison.Ordinal))
        {
            after = after[3..];
        }

        return after.StartsWith("以上", StringComparison.Ordinal) || after.StartsWith("以下", StringComparison.Ordinal);
    }

    /// <summary>Tells whether a figure leads parts: 其中 or 包括 follows it before the next stated figure (changes of the figure itself do not count).</summary>
    private static bool LeadsParts(string text, int from, List<MoneyToken> tokens)
    {
        int next = text.Length;
        foreach (MoneyToken t in tokens)
        {
            if (t.Start < from || !(t.IsMoney || t.Percent))
            {
                continue;
            }

            int clause = ClauseStart(text, 0, t.Start);
            string prefix = text[clause..t.Start].Trim();
            if (t.Percent || VerbAtEnd(prefix, out _) is not null || prefix.EndsWith('占'))
            {
                continue;
            }

            next = t.Start;
            break;
        }

        string between = text[from..Math.Max(from, next)];
        return between.Contains("其中", StringComparison.Ordinal) || between.Contains("包括", StringComparison.Ordinal);
    }

    private string Subject(string text, int sentenceStart, int clauseStart, string prefix)
    {
        string subject = CleanSubject(prefix);
        if (IsGeneric(subject))
        {
            // "科学技术支出（类）…（项）：2026年预算数为767.54万元": the subject stands before the colon.
            int colon = Texts.LastIndexOfAny(text, "：:", Math.Max(sentenceStart, clauseStart - 1));
            if (colon > sentenceStart)
            {
                int from = ClauseStart(text, sentenceStart, colon);
                string before = CleanSubject(text[from..colon]);
                if (before.Length > 0)
                {
                    subject = before;
                }
            }
        }

        if (SubjectSuffix is { Length: > 0 } suffix && subject.EndsWith(suffix, StringComparison.Ordinal) && subject.Length > suffix.Length)
        {
            string rest = subject[..^suffix.Length];
            string compactRest = Texts.Compact(rest);
            bool onlyYear = compactRest.Length is 5 or 6 && Texts.IsDigits(compactRest.AsSpan(0, 4)) && compactRest[4] == '年';
            subject = onlyYear ? suffix : rest;
        }

        return subject;
    }

    private static bool IsGeneric(string subject)
    {
        string c = Texts.Compact(subject);
        return c.Length == 0 || c is "预算数" or "当年预算数" or "预算" or "预算安排" or "金额" or "预算金额" or "总额" || c.StartsWith("预算数", StringComparison.Ordinal);
    }

    /// <summary>Removes from a subject what only places it: numbering, 其中/包括, the department, the year, 本部门, and a trailing 为/是/：.</summary>
    internal string CleanSubject(string prefix)
    {
        string s = prefix.Trim();
        bool changed = true;
        while (changed && s.Length > 0)
        {
            changed = false;
            string before = s;
            if (Texts.Numbering(s, out string rest, out _) != NumberingKind.None)
            {
                s = rest;
            }

            foreach (string lead in (ReadOnlySpan<string>)["其中", "包括", "：", ":", "，", "的", "本部门", "本单位"])
            {
                if (s.StartsWith(lead, StringComparison.Ordinal) && s.Length > lead.Length)
                {
                    s = s[lead.Length..].TrimStart();
                }
            }

            string department = _context.Department;
            if (department.Length > 0 && s.StartsWith(department, StringComparison.Ordinal))
            {
                s = s[department.Length..].TrimStart();
                foreach (string tail in (ReadOnlySpan<string>)["（部门）", "(部门)"])
                {
                    if (s.StartsWith(tail, StringComparison.Ordinal))
                    {
                        s = s[tail.Length..];
                    }
                }
            }

            if (!KeepYear && s.Length > 5 && Texts.IsDigits(s.AsSpan(0, 4)) && s[4] == '年')
            {
                s = s[5..];
                if (s.StartsWith('度'))
                {
                    s = s[1..];
                }
            }

            changed = s != before;
        }

        if (s.EndsWith("数为", StringComparison.Ordinal) && s.Length > 3)
        {
            // "“三公”经费数为 10.80 万元": the figure is the expenses themselves.
            s = s[..^2];
        }

        foreach (string tail in (ReadOnlySpan<string>)["为", "是", "：", ":", "共计"])
        {
            if (s.EndsWith(tail, StringComparison.Ordinal) && s.Length > tail.Length)
            {
                s = s[..^tail.Length];
            }
        }

        s = s.Trim();
        if (s.Length > 2 && s[0] is '“' or '"' && s[^1] is '”' or '"' && Texts.IndexOfAny(s, "”\"", 1) == s.Length - 1)
        {
            // A subject quoted whole (“一般公共服务支出（类）…（项）”) is the text inside the quotes.
            s = s[1..^1];
        }

        return Texts.Norm(s);
    }

    /// <summary>Keeps what a part is after the verb that grants it: "对立项企业予以项目补助" → "项目补助".</summary>
    internal static string NamedPart(string name)
    {
        foreach (string verb in (ReadOnlySpan<string>)["予以", "给予"])
        {
            int at = name.LastIndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && at + verb.Length < name.Length)
            {
                return name[(at + verb.Length)..];
            }
        }

        return name;
    }

    private static string PartName(string text, int spanStart, int tokenStart)
    {
        int from = spanStart;
        for (int i = tokenStart - 1; i >= spanStart; i--)
        {
            if (text[i] is '，' or ',' or '、' or '；' or ';' or '：' or ':')
            {
                from = i + 1;
                break;
            }
        }

        string name = NamedPart(text[from..tokenStart].Trim());
        foreach (string lead in (ReadOnlySpan<string>)["其中", "并", "及", "和"])
        {
            if (name.StartsWith(lead, StringComparison.Ordinal) && name.Length > lead.Length)
            {
                name = name[lead.Length..];
            }
        }

        foreach (string tail in (ReadOnlySpan<string>)["共计", "合计", "计", "为", "约"])
        {
            if (name.EndsWith(tail, StringComparison.Ordinal) && name.Length > tail.Length)
            {
                name = name[..^tail.Length];
            }
        }

        return Texts.Norm(name);
    }
}
