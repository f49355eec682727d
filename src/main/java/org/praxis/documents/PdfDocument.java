package org.praxis.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * A PDF made from an HTML page (OpenHTMLtoPDF), so reports read the same on screen, on paper and as PDF. The HTML
 * is parsed leniently by jsoup first, as Thymeleaf's HTML output need not be well-formed XML.
 */
public final class PdfDocument {

    public static byte[] fromHtml(String html) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfDocument() {}
}
