package org.praxis.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    static final String REPORT = """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>Quarterly practice assurance report</title>
            <style>body { font-family: 'DejaVu Sans'; } td.n { text-align: right; }
            @page { size: A4; @bottom-right { content: "Page " counter(page) " of " counter(pages); } }</style></head>
            <body>
            <p class="caption">Example Council · July to September 2026</p>
            <h1>Quarterly practice assurance report</h1>
            <p>Audits found <strong>62%</strong> of cases good or better, <em>of 180 audited</em>.</p>
            <h2>Audit findings</h2>
            <img src="CHART" alt="Bar chart of audits by overall grade: good 12, requires improvement 6, inadequate 2. The table that follows gives the same figures.">
            <table><caption>Audits by overall grade</caption>
            <thead><tr><th scope="col">Grade</th><th scope="col">Audits</th></tr></thead>
            <tbody><tr><th scope="row">Good</th><td class="n">12</td></tr>
            <tr><th scope="row">Requires improvement</th><td class="n">6</td></tr>
            <tr><th scope="row">Inadequate</th><td class="n">2</td></tr></tbody></table>
            <h3>What the audits said</h3>
            <ul><li>Plans were clearer – “much better”.</li><li>Visits were on time.</li></ul>
            <ol><li>First</li><li>Second</li></ol>
            <table><caption>Strengths</caption><thead><tr><th scope="col">Theme</th><th scope="col">Audits</th></tr></thead>
            <tbody></tbody></table>
            <h2>Actions</h2>
            <p>No action is overdue.</p>
            </body></html>
            """.replace(
                    "CHART",
                    BarChart.pngDataUri(
                            List.of(
                                    new BarChart.Bar("Good", 12),
                                    new BarChart.Bar("Requires improvement", 6),
                                    new BarChart.Bar("Inadequate", 2)),
                            "Audits"));

    @Test
    void aReportWithHeadingsATableAChartAndListsPassesPdfUa() throws Exception {
        var pdf = PdfDocument.fromHtml(REPORT);
        AccessiblePdf.assertAccessible(pdf);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Quarterly practice assurance report");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            var outline = document.getDocumentCatalog().getDocumentOutline();
            var top = outline.getFirstChild();
            assertThat(top.getTitle()).isEqualTo("Quarterly practice assurance report");
            assertThat(top.getFirstChild().getTitle()).isEqualTo("Audit findings");
            assertThat(top.getFirstChild().getFirstChild().getTitle()).isEqualTo("What the audits said");
            assertThat(top.getLastChild().getTitle()).isEqualTo("Actions");
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Page 1 of 1");
            assertThat(AccessiblePdf.fonts(document))
                    .allSatisfy(font -> assertThat(font.getName()).contains("DejaVuSans"));
        }
    }

    @Test
    void aPageWithoutLanguageTitleOrTheFontStillComesOutAccessible() {
        var pdf = PdfDocument.fromHtml("""
                <html><head><style>body { font-family: Helvetica, Arial, sans-serif; }</style></head>
                <body><h1>Findings</h1><p>Some text.</p></body></html>""");
        AccessiblePdf.assertAccessible(pdf);
    }

    @Test
    void theTitleGivenIsTheDocumentTitle() throws Exception {
        var pdf = PdfDocument.fromHtml("<html><body><p>Plain.</p></body></html>", "Annual report 2026");
        AccessiblePdf.assertAccessible(pdf);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Annual report 2026");
        }
    }

    @Test
    void theCheckFindsAnUntaggedPdfWanting() throws Exception {
        try (var out = new java.io.ByteArrayOutputStream()) {
            var builder = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
            builder.withHtmlContent("<html><body><h1>Untagged</h1><p>Text</p></body></html>", "/");
            builder.toStream(out);
            builder.run();
            assertThat(AccessiblePdf.failedPdfUaRules(out.toByteArray()))
                    .anySatisfy(rule -> assertThat(rule).startsWith("ISO 14289-1"));
        }
    }
}
