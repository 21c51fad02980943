using System.Text;
using CrmGraph.Api.Sheets.Cells;
using CrmGraph.Api.Sheets.Reading;
using CrmGraph.Api.Sheets.Templates;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.FollowUps;

namespace CrmGraph.Api.Tests.Sheets;

/// <summary>The pure part: cells as sales teams write them, headers in Chinese or English, CSV and encodings.</summary>
public sealed class SheetCellTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Theory]
    [InlineData("2024-09-01", 2024, 9, 1)]
    [InlineData("2024/9/1", 2024, 9, 1)]
    [InlineData("2024.09.01", 2024, 9, 1)]
    [InlineData("2024年9月1日", 2024, 9, 1)]
    [InlineData(" 2024年09月01日 ", 2024, 9, 1)]
    [InlineData("20240901", 2024, 9, 1)]
    [InlineData("45536", 2024, 9, 1)]
    [InlineData("2024-09-01 14:30", 2024, 9, 1)]
    public void Dates_are_read_in_the_common_Chinese_and_ISO_forms(string text, int year, int month, int day) =>
        CellDates.ParseDate(text).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData("2024-02-30", "is not a real calendar date")]
    [InlineData("2024/13/1", "is not a real calendar date")]
    [InlineData("下周一", "is not a date")]
    [InlineData("9/1/2024", "is not a date")]
    [InlineData("2024-09-01 25:00", "impossible time of day")]
    [InlineData("0", "is not a date")]
    [InlineData("1899年1月1日", "is not a real calendar date")]
    public void Bad_dates_say_what_is_wrong_and_how_to_write_them(string text, string message) =>
        Should.Throw<CellException>(() => CellDates.ParseDate(text)).Message.ShouldContain(message);

    [Theory]
    [InlineData("2024-09-01", "2024-08-31T16:00:00Z")]
    [InlineData("2024年9月1日 9时30分", "2024-09-01T01:30:00Z")]
    [InlineData("2024/9/1 09:30:15", "2024-09-01T01:30:15Z")]
    [InlineData("2024-09-01T09:30:00+02:00", "2024-09-01T07:30:00Z")]
    [InlineData("2024-09-01T09:30:00Z", "2024-09-01T09:30:00Z")]
    public void Times_without_an_offset_are_the_teams_local_time(string text, string utc) =>
        CellDates.ParseInstant(text, Shanghai)
            .ShouldBe(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Blank_cells_are_no_value() =>
        (CellDates.ParseDate("  "), CellAmounts.ParseRange(null), Choices.Grade.Parse(""), CellText.Parse(" \t"))
            .ShouldBe((null, null, null, null));

    [Theory]
    [InlineData("400000", 400000, 400000, "CNY")]
    [InlineData("¥400,000", 400000, 400000, "CNY")]
    [InlineData("￥400,000.50", 400000.5, 400000.5, "CNY")]
    [InlineData("65万", 650000, 650000, "CNY")]
    [InlineData("65万元", 650000, 650000, "CNY")]
    [InlineData("1.5亿", 150000000, 150000000, "CNY")]
    [InlineData("50-80万", 500000, 800000, "CNY")]
    [InlineData("50万-80万", 500000, 800000, "CNY")]
    [InlineData("50~80万", 500000, 800000, "CNY")]
    [InlineData("50至80万元", 500000, 800000, "CNY")]
    [InlineData("5000元-1万", 5000, 10000, "CNY")]
    [InlineData("RMB 400,000", 400000, 400000, "CNY")]
    [InlineData("USD 5,000", 5000, 5000, "USD")]
    [InlineData("$5,000-8,000", 5000, 8000, "USD")]
    [InlineData("500000-800000", 500000, 800000, "CNY")]
    public void Amounts_and_ranges_are_read_as_sales_teams_write_them(
        string text, double min, double max, string currency) =>
        CellAmounts.ParseRange(text).ShouldBe(new AmountRange((decimal)min, (decimal)max, currency));

    [Theory]
    [InlineData("大约八十万", "is not an amount")]
    [InlineData("-5000", "is not an amount")]
    [InlineData("80-50万", "runs backwards")]
    [InlineData("50-", "is not an amount")]
    [InlineData("五十万", "is not an amount")]
    public void Bad_amounts_are_refused_with_the_reason(string text, string message) =>
        Should.Throw<CellException>(() => CellAmounts.ParseRange(text)).Message.ShouldContain(message);

    [Fact]
    public void A_range_is_refused_where_one_amount_is_needed_and_amounts_are_written_back_as_they_are_read()
    {
        Should.Throw<CellException>(() => CellAmounts.ParseAmount("50-80万", out _)).ChineseMessage.ShouldContain(
            "是一个范围");
        CellAmounts.ParseAmount("40万", out var currency).ShouldBe(400000m);
        currency.ShouldBe("CNY");
        foreach (var (min, max, cur) in new (decimal?, decimal?, string)[] { (
            500000m, 800000m, "CNY"), (400000.5m, 400000.5m, "CNY"), (5000m, 8000m, "USD"), (null, 30000m, "CNY") })
        {
            var written = CellAmounts.Format(min, max, cur);
            CellAmounts.ParseRange(written).ShouldBe(new AmountRange(min ?? 0, max!.Value, cur), written);
        }
    }

    [Theory]
    [InlineData("A级", CustomerGrade.A)]
    [InlineData("a", CustomerGrade.A)]
    [InlineData("B类", CustomerGrade.B)]
    [InlineData(" C 级 ", CustomerGrade.C)]
    public void Grades_are_read_with_or_without_级(string text, CustomerGrade grade) => Choices.Grade.Parse(text)
        .ShouldBe(grade);

    [Theory]
    [InlineData("电话", FollowUpChannel.Phone)]
    [InlineData("微信", FollowUpChannel.WeChat)]
    [InlineData("邮件", FollowUpChannel.Email)]
    [InlineData("面谈", FollowUpChannel.Meeting)]
    [InlineData("WeChat", FollowUpChannel.WeChat)]
    [InlineData("上门拜访", FollowUpChannel.Visit)]
    public void Channels_map_to_the_schemas_enum(string text, FollowUpChannel channel) => Choices.Channel.Parse(text)
        .ShouldBe(channel);

    [Fact]
    public void Genders_kinds_sources_and_yes_no_map_to_the_schema_and_unknown_words_list_the_choices()
    {
        (Choices.Gender.Parse("男"), Choices.Gender.Parse("女"), Choices.Gender.Parse("Female"))
            .ShouldBe((Gender.Male, Gender.Female, Gender.Female));
        (Choices.Kind.Parse("企业"), Choices.Kind.Parse("个人"), Choices.Kind.Parse("B2C"))
            .ShouldBe((CustomerKind.Organization, CustomerKind.Individual, CustomerKind.Individual));
        (Choices.Source.Parse("展会"), Choices.Source.Parse("转介绍"), Choices.Source.Parse("Online Ad"))
            .ShouldBe((CustomerSource.Exhibition, CustomerSource.Referral, CustomerSource.OnlineAd));
        (CellText.ParseYesNo("是"), CellText.ParseYesNo("否"), CellText.ParseYesNo("")).ShouldBe((true, false, null));
        var refusal = Should.Throw<CellException>(() => Choices.Grade.Parse("S级"));
        refusal.Message.ShouldBe("'S级' is not a grade; use one of: A级, B级, C级.");
        refusal.ChineseMessage.ShouldBe("“S级”不是有效的客户等级，可选：A级、B级、C级。");
        Choices.Channel.Write(FollowUpChannel.WeChat, SheetLanguage.English).ShouldBe("WeChat");
        Choices.Channel.Write(FollowUpChannel.WeChat, SheetLanguage.Chinese).ShouldBe("微信");
    }

    [Fact]
    public void Lists_split_on_the_separators_people_type() =>
        CellText.ParseList("价格敏感、决策链长，竞品对比中; 价格敏感").ShouldBe(["价格敏感", "决策链长", "竞品对比中"]);

    [Fact]
    public void Headers_are_recognised_in_Chinese_English_and_variants_in_any_order_and_the_rest_is_reported()
    {
        var map = Templates.Customers.Recognise(["手机", "Company name", "E-mail:", "客户等级*", "年龄", null, "电话", "  "]);

        map.Positions.ShouldBe(
            new Dictionary<string, int> { ["phone"] = 0, ["name"] = 1, ["email"] = 2, ["grade"] = 3 },
            ignoreOrder: true);
        map.UnknownHeaders.ShouldBe(["年龄"]); // 备注 is a column since issue #20 (ADR-034)
        map.DuplicatedHeaders.ShouldBe(["电话"]);
        map.MissingRequired.ShouldBeEmpty();
        Templates.Customers.Recognise(["联系电话"]).MissingRequired.Single().Chinese.ShouldBe("客户名称");
    }

    [Fact]
    public void Csv_rows_keep_quoted_separators_quotes_and_line_breaks_and_detect_tabs_and_semicolons()
    {
        CsvRows.Read(new StringReader("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n,,\n")).ShouldBe(
            [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["", "", ""]]);
        CsvRows.Read(new StringReader("a\tb\n1\t2")).ShouldBe([["a", "b"], ["1", "2"]]);
        CsvRows.Read(new StringReader("a;b\n1;2")).ShouldBe([["a", "b"], ["1", "2"]]);
        Should.Throw<InvalidDataException>(
            () => CsvRows.Read(new StringReader("a,b\n\"open,2\n")).ToList()).Message.ShouldContain("unclosed quote");
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("GBK")]
    public void Csv_files_are_read_in_UTF8_or_GBK_after_a_title_row(string encoding)
    {
        var bytes = SheetFiles.Csv(
            [["客户信息表"], ["客户名称", "联系电话"], ["上海星辰科技有限公司", "13900000001"], [null, null], ["杭州云帆", "0571-88886666"]],
            encoding);
        using var stream = new MemoryStream(bytes);

        var content = SheetReader.Open(stream, "客户.csv", Templates.Customers);

        (content.SheetName, content.HeaderRowNumber).ShouldBe(("客户", 2));
        content.Rows.Select(r => $"{r.Number}:{string.Join('|', r.Cells)}")
            .ShouldBe(["3:上海星辰科技有限公司|13900000001", "5:杭州云帆|0571-88886666"]);
    }

    [Fact]
    public void An_xlsx_workbook_is_recognised_by_its_content_not_its_name()
    {
        using var stream = new MemoryStream(SheetFiles.Xlsx([["客户名称", "生日"], ["李四", "1988-03-15"]], "客户"));

        var content = SheetReader.Open(stream, "upload.csv", Templates.Customers);

        content.SheetName.ShouldBe("客户");
        content.Rows.Single().Cells.ShouldBe(["李四", "1988-03-15"]);
    }

    static SheetCellTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
