import Testing
@testable import GazetteCore

@Suite struct RomanizerTests {
    @Test func chineseFileNamesBecomePinyinSlugs() {
        #expect(Romanizer.slug("短信情缘") == "duan-xin-qing-yuan")
        #expect(Romanizer.slug("驻村一年的三点体会") == "zhu-cun-yi-nian-de-san-dian-ti-hui")
        #expect(Romanizer.slug("2019年 工作总结") == "2019-nian-gong-zuo-zong-jie")
        #expect(Romanizer.slug("Solar Plant, News!") == "solar-plant-news")
    }

    @Test func placeNamesFollowTheOfficialStyle() {
        #expect(Romanizer.placeName("大江村") == "Dajiang Village")
        #expect(Romanizer.placeName("良上镇") == "Liangshang Town")
        #expect(Romanizer.placeName("剑河县") == "Jianhe County")
        #expect(Romanizer.placeName("西安市") == "Xi'an City")
    }

    @Test func polyphonicPlaceNamesUseVerifiedSpellings() {
        #expect(Romanizer.placeName("六安市") == "Lu'an City")
        #expect(Romanizer.placeName("蚌埠市") == "Bengbu City")
        #expect(Romanizer.slug("六安") == "luan")
    }
}

@Suite struct TextStatsTests {
    @Test func hanCharactersCountOneEachAndLatinWordsOneEach() {
        let stats = TextStats("大江村有 156 户，种了 24 个 greenhouse。")
        #expect(stats.hanCharacters == 8)
        #expect(stats.latinWords == 3)
        #expect(stats.wordCount == 11)
    }

    @Test func readingTimeIsAtLeastOneMinuteAndGrowsWithLength() {
        #expect(TextStats("短").readingMinutes == 1)
        #expect(TextStats(String(repeating: "字", count: 1200)).readingMinutes == 3)
    }

    @Test func summariesEndAtASentenceEnd() {
        let text = "第一句话写得比较长一些，用来测试摘要。第二句话也不短，继续写下去直到超过限制为止。第三句。"
        let summary = Summary.make(from: text, limit: 30)
        #expect(summary == "第一句话写得比较长一些，用来测试摘要。")
    }

    @Test func summariesWithoutASentenceEndGetAnEllipsis() {
        let summary = Summary.make(from: String(repeating: "没有句号", count: 20), limit: 10)
        #expect(summary == "没有句号没有句号没有…")
    }

    @Test func englishSummariesDoNotCutInsideNumbers() {
        let text = "The poverty rate fell to 1.4 percent in 2018. Income per person passed ten thousand yuan the next year."
        #expect(Summary.make(from: text, limit: 60) == "The poverty rate fell to 1.4 percent in 2018.")
    }

    @Test func lineBreaksBetweenChineseCharactersJoinWithoutSpace() {
        #expect(CJK.joinsWithoutSpace("村", "里"))
        #expect(CJK.joinsWithoutSpace("。", "2"))
        #expect(!CJK.joinsWithoutSpace("a", "b"))
        #expect(!CJK.joinsWithoutSpace("村", "G"))
    }
}

@Suite struct NumberTests {
    @Test func numbersAsEditorsTypeThem() {
        #expect(NumberText.parse("1,320") == 1320)
        #expect(NumberText.parse("１３２０") == 1320)
        #expect(NumberText.parse("45.0%") == 45)
        #expect(NumberText.parse("abc") == nil)
    }

    @Test func numbersFormattedPerLanguage() {
        #expect(NumberFormat.format(13200, "en") == "13,200")
        #expect(NumberFormat.format(9944.7, "zh") == "9,944.7")
        #expect(NumberFormat.format(132_000, "zh") == "13.2万")
        #expect(NumberFormat.format(1.40, "en") == "1.4")
        #expect(NumberFormat.format(-2500, "en") == "-2,500")
    }
}

@Suite struct StoryDateTests {
    @Test func acceptedForms() throws {
        let day = try #require(StoryDate(parsing: "2017-07-10"))
        #expect(day.isoDay == "2017-07-10" && !day.hasTime)
        let timed = try #require(StoryDate(parsing: "2017-07-10 09:30"))
        #expect(timed.dayAndTime == "2017-07-10 09:30")
        let iso = try #require(StoryDate(parsing: "2017-07-10T09:30:15+08:00"))
        #expect(iso.rfc3339(utcOffsetMinutes: 480) == "2017-07-10T09:30:15+08:00")
        #expect(StoryDate(parsing: "2017-7-1")?.isoDay == "2017-07-01")
    }

    @Test(arguments: ["2019-02-30", "2019-13-01", "2019/05/01", "五月一日", "2019-05-01 25:00", ""])
    func rejectedForms(_ text: String) {
        #expect(StoryDate(parsing: text) == nil)
    }

    @Test func chineseAndEnglishForms() {
        let date = StoryDate(year: 2020, month: 4, day: 2)
        #expect(date.chinese == "2020年4月2日")
        #expect(date.english == "2 April 2020")
    }
}

@Suite struct CSVTableTests {
    @Test func quotedFieldsAndEscapedQuotes() {
        let rows = CSVTable.parse("a,\"b, c\",\"say \"\"hi\"\"\"\n1,2,3\n")
        #expect(rows == [["a", "b, c", "say \"hi\""], ["1", "2", "3"]])
    }

    @Test func tableIsAccessible() {
        let html = CSVTable.html(csv: "年份,人口\n2014,258\n", caption: "大江村")
        #expect(html.contains("<caption>大江村</caption>"))
        #expect(html.contains("<th scope=\"col\">年份</th>"))
        #expect(html.contains("<th scope=\"row\">2014</th><td class=\"num\">258</td>"))
        #expect(html.contains("role=\"region\" tabindex=\"0\""))
    }
}
