package org.praxis.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportDocumentsTest {

    static ReportSection audits() {
        var byGrade = new ReportSection.Table(
                "Audits by grade, July to September 2026",
                List.of("Grade", "Audits", "Share"),
                List.of(List.of("Good", "12", "60%"), List.of("Inadequate", "8", "40%")));
        var chart = new ReportSection.Chart(
                "Audits by grade",
                "Bar chart of audits by grade: Good 12, Inadequate 8",
                ReportSection.Chart.Kind.BARS,
                "Audits",
                List.of(
                        new ReportSection.Chart.Point("Good", 12.0, null, null),
                        new ReportSection.Chart.Point("Inadequate", 8.0, null, null)),
                byGrade);
        var byTeam = new ReportSection.Table(
                "By team: good or better [audited]",
                List.of("Team", "Good or better"),
                List.of(List.of("North", "7 of 10")));
        return new ReportSection(
                "audit-findings",
                "Audit findings",
                "60% of audited cases were good or better; no clear change from the quarter before.",
                "/audit/findings",
                List.of(new ReportSection.Headline(
                        "good-or-better",
                        "Audits good or better",
                        "60%",
                        "of 20 audited cases; 95% interval 39% to 78%",
                        "No clear change from 55% in Q2 2026: the intervals overlap",
                        ReportSection.Trend.NO_CLEAR_CHANGE,
                        "/audit/findings")),
                List.of(chart),
                List.of(byTeam, byTeam));
    }

    @Test
    void sheetNamesAreSafeShortAndUnique() {
        var used = new HashSet<String>();
        assertThat(ReportDocuments.sheetName("By team: good or better [audited]", used))
                .isEqualTo("By team good or better audited");
        assertThat(ReportDocuments.sheetName("By team/ good * or better ? audited", used))
                .isEqualTo("By team good or better audi (2)");
        assertThat(ReportDocuments.sheetName("'Quoted'", used)).isEqualTo("Quoted");
        assertThat(ReportDocuments.sheetName("", used)).isEqualTo("Table");
        assertThat(ReportDocuments.sheetName("history", used)).isEqualTo("Table (2)");
        assertThat(ReportDocuments.sheetName("TABLE", used)).isEqualTo("TABLE (3)");
        for (var name : used) {
            assertThat(name.length()).isLessThanOrEqualTo(31);
            assertThat(name).doesNotContain("[", "]", ":", "*", "?", "/", "\\");
        }
    }

    @Test
    void everyTableIncludingTheChartsAndTheHeadlinesIsASheetWithItsCaptionFirst() throws Exception {
        var parts = WordDocumentTest.parts(ReportDocuments.tablesToXlsx(List.of(audits())));
        WordDocumentTest.assertWellFormed(parts);
        assertThat(parts.get("xl/workbook.xml"))
                .contains("<sheet name=\"Audit findings headline figures\"")
                .contains("<sheet name=\"Audits by grade, July to Septem\"")
                .contains("<sheet name=\"By team good or better audited\"")
                .contains("<sheet name=\"By team good or better audi (2)\"");
        var strings = parts.get("xl/sharedStrings.xml");
        assertThat(strings)
                .contains("Audits by grade, July to September 2026")
                .contains("By team: good or better [audited]")
                .contains("of 20 audited cases; 95% interval 39% to 78%");
        var grades = parts.get("xl/worksheets/sheet2.xml");
        assertThat(grades)
                .contains("<row r=\"1\"><c r=\"A1\" t=\"s\">")
                .contains("<c r=\"B3\"><v>12</v></c>")
                .contains("<c r=\"C3\" s=\"1\"><v>0.6</v></c>");
    }

    @Test
    void theWordReportHasTheCoverTheNarrativeTheHeadlinesAndEachChartFollowedByItsTable() throws Exception {
        var cover = new ReportCover(
                "Example Council",
                WordDocumentTest.png(),
                "Example Council logo",
                "Quarterly practice assurance report",
                "July to September 2026",
                LocalDate.of(2026, 10, 5),
                "Draft, version 2");
        var docx = ReportDocuments.toWord(
                cover,
                List.of(audits()),
                Map.of(
                        "audit-findings",
                        List.of(
                                NarrativeBlock.heading("What we found"),
                                NarrativeBlock.paragraph("Plans were clearer."),
                                NarrativeBlock.bullets(List.of("Visits on time", "Voice of the child")))));
        var parts = WordDocumentTest.parts(docx);
        WordDocumentTest.assertWellFormed(parts);
        var document = parts.get("word/document.xml");
        assertThat(document)
                .contains("descr=\"Example Council logo\"")
                .contains("Figures taken on 5 October 2026")
                .contains("Draft, version 2")
                .contains("Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Audit findings")
                .contains("Heading2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">What we found")
                .contains("Voice of the child")
                .contains("<w:tblCaption w:val=\"Audit findings: headline figures\"/>")
                .contains("No clear change from 55% in Q2 2026")
                .contains(
                        "descr=\"Bar chart of audits by grade: Good 12, Inadequate 8. The table that follows gives the same figures.\"");
        assertThat(document.indexOf("Title\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Quarterly practice"))
                .isLessThan(document.indexOf("What we found"));
        assertThat(document.indexOf("What we found")).isLessThan(document.indexOf("headline figures"));
        int chart = document.indexOf("r:embed=\"rIdImage2\"");
        assertThat(chart).isGreaterThan(document.indexOf("headline figures"));
        assertThat(document.indexOf("<w:tblCaption w:val=\"Audits by grade, July to September 2026\"/>"))
                .isGreaterThan(chart);
        assertThat(parts).containsKeys("word/media/image1.png", "word/media/image2.png");
        assertThat(parts.get("docProps/core.xml"))
                .contains("<dc:title>Quarterly practice assurance report, July to September 2026</dc:title>")
                .contains("<dc:creator>Example Council</dc:creator>");
    }
}
