package org.praxis.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * The check every PDF Praxis writes must pass (decision 0037): PDF/UA-1 by veraPDF with no failed rule, tagged, its
 * language set, every font embedded, and an outline when it has headings. Fails with the rules that failed.
 */
public final class AccessiblePdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** The PDF/UA-1 rules the PDF fails, each with how often and veraPDF's words; empty when it conforms. */
    public static List<String> failedPdfUaRules(byte[] pdf) {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            var result = validator.validate(parser);
            var failed = new LinkedHashMap<String, String>();
            var counts = new LinkedHashMap<String, Integer>();
            for (var assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    var rule = assertion.getRuleId();
                    var key = rule.getSpecification() + " " + rule.getClause() + "-" + rule.getTestNumber();
                    var where = assertion.getLocation() == null
                            ? null
                            : assertion.getLocation().getContext();
                    failed.putIfAbsent(key, assertion.getMessage() + (where == null ? "" : " (at " + where + ")"));
                    counts.merge(key, 1, Integer::sum);
                }
            }
            var lines = new ArrayList<String>();
            failed.forEach((rule, message) -> lines.add(rule + " ×" + counts.get(rule) + ": " + message));
            if (lines.isEmpty() && !result.isCompliant()) {
                lines.add("not compliant, job ended " + result.getJobEndStatus());
            }
            return lines;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not check the PDF", e);
        }
    }

    /** Fails unless the PDF passes PDF/UA-1 and the checks veraPDF leaves to the reader of the file. */
    public static void assertAccessible(byte[] pdf) {
        assertThat(failedPdfUaRules(pdf)).as("PDF/UA-1 rules failed (veraPDF)").isEmpty();
        try (var document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(catalog.getLanguage()).as("document language").startsWith("en");
            assertThat(document.getDocumentInformation().getTitle()).as("title").isNotBlank();
            assertThat(catalog.getViewerPreferences()).isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle())
                    .as("display the title")
                    .isTrue();
            var fonts = fonts(document);
            assertThat(fonts).as("fonts").isNotEmpty();
            assertThat(fonts)
                    .allSatisfy(font -> assertThat(font.isEmbedded())
                            .as(font.getName() + " embedded")
                            .isTrue());
            if (hasHeadings(document)) {
                assertThat(catalog.getDocumentOutline()).as("bookmarks").isNotNull();
                assertThat(catalog.getDocumentOutline().hasChildren())
                        .as("bookmarks")
                        .isTrue();
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<PDFont> fonts(PDDocument document) throws java.io.IOException {
        var fonts = new ArrayList<PDFont>();
        for (var page : document.getPages()) {
            fonts(page.getResources(), fonts, 0);
        }
        return fonts;
    }

    private static void fonts(PDResources resources, List<PDFont> fonts, int depth) throws java.io.IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                fonts(form.getResources(), fonts, depth + 1);
            }
        }
    }

    private static boolean hasHeadings(PDDocument document) {
        var root = document.getDocumentCatalog().getStructureTreeRoot();
        return root != null && hasHeading(root.getKids(), 0);
    }

    private static boolean hasHeading(List<Object> kids, int depth) {
        for (var kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getStructureType().matches("H[1-6]?") || hasHeading(e.getKids(), depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private AccessiblePdf() {}
}
