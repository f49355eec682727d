package org.praxis.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A PDF made from an HTML page (OpenHTMLtoPDF), so reports read the same on screen, on paper and as PDF. The HTML
 * is parsed leniently by jsoup first, as Thymeleaf's HTML output need not be well-formed XML.
 *
 * <p>Every PDF is tagged to PDF/UA-1 (decision 0037): headings, lists, tables and figures are structure elements in
 * reading order, images carry their {@code alt} text, the document language comes from {@code <html lang>} (en-GB when
 * the page names none), the title from {@code <title>}, and the outline (bookmarks) from the page's h1 to h3 headings.
 * The text is set in DejaVu Sans, embedded, whatever family the page asks for: PDF/UA allows no font that is not
 * embedded.
 */
public final class PdfDocument {

    /** The one font family every PDF is set in; the PDF style sheet names it. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    /** The font files, read from the jar once (the renderer reads only those a page uses, once per PDF). */
    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    public static byte[] fromHtml(String html) {
        return fromHtml(html, null);
    }

    /**
     * The PDF of the page, its document title given here when the page's {@code <title>} is missing or is not what
     * the PDF should be called.
     */
    public static byte[] fromHtml(String html, String title) {
        var page = Jsoup.parse(html);
        prepare(page, title);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Praxis");
            // Under the generic names too: the page margins (page numbers) and any family not found fall back to
            // them, and in PDF/UA mode the renderer has no font of its own to fall back to.
            for (var family : List.of(FONT_FAMILY, "sans-serif", "serif")) {
                font(builder, family, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
                font(builder, family, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
                font(builder, family, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
                font(builder, family, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            }
            font(builder, "monospace", "DejaVuSansMono.ttf", 400, FontStyle.NORMAL);
            font(builder, "monospace", "DejaVuSansMono-Bold.ttf", 700, FontStyle.NORMAL);
            builder.withW3cDocument(new W3CDom().fromJsoup(page), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String family, String file, int weight, FontStyle style) {
        builder.useFont(
                () -> new ByteArrayInputStream(FONT_FILES.computeIfAbsent(file, PdfDocument::read)),
                family,
                weight,
                style,
                true);
    }

    private static byte[] read(String file) {
        try (var in = Objects.requireNonNull(PdfDocument.class.getResourceAsStream(FONTS + file), file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What PDF/UA asks of the page that a template cannot be trusted to give: a language, a title, the text in the
     * embedded family, and the bookmarks, one for each heading (h1 to h3), nested as the headings are.
     */
    static void prepare(Document page, String title) {
        var root = page.selectFirst("html");
        if (root != null && root.attr("lang").isBlank()) {
            root.attr("lang", "en-GB");
        }
        if (title != null && !title.isBlank()) {
            page.title(title);
        } else if (page.title().isBlank()) {
            var first = page.selectFirst("h1");
            page.title(first == null ? "Report" : first.text());
        }
        if (page.head().selectFirst("meta[name=description]") == null) {
            page.head().appendElement("meta").attr("name", "description").attr("content", page.title());
        }
        page.head()
                .appendElement("style")
                .appendText("html, body, h1, h2, h3, h4, p, li, th, td, caption, table, strong, em, span, div"
                        + " { font-family: '" + FONT_FAMILY + "'; }");
        emptyTables(page);
        bookmarks(page);
    }

    /**
     * A table with headings but no rows gets one row saying so: PDF/UA wants a table body beside a table head, and a
     * reader is better told than left to wonder.
     */
    private static void emptyTables(Document page) {
        for (var table : page.select("table")) {
            if (!table.select("> tbody > tr, > tr").isEmpty()) {
                continue;
            }
            var body = table.selectFirst("> tbody");
            if (body == null) {
                body = table.appendElement("tbody");
            }
            var head = table.selectFirst("> thead > tr");
            int columns = head == null ? 1 : Math.max(1, head.children().size());
            body.appendElement("tr")
                    .appendElement("td")
                    .attr("colspan", String.valueOf(columns))
                    .text("None.");
        }
    }

    private static void bookmarks(Document page) {
        var headings = page.body().select("h1, h2, h3");
        if (headings.isEmpty()) {
            return;
        }
        var used = new HashSet<String>();
        page.select("[id]").forEach(e -> used.add(e.id()));
        var top = page.head().appendElement("bookmarks");
        // The bookmark each level hangs under: a heading nests under the nearest heading above it of a higher level.
        var open = new ArrayDeque<Level>();
        int n = 0;
        for (var heading : headings) {
            if (heading.text().isBlank()) {
                continue;
            }
            if (heading.id().isBlank()) {
                String id;
                do {
                    id = "section-" + ++n;
                } while (!used.add(id));
                heading.id(id);
            }
            int level = heading.tagName().charAt(1) - '0';
            while (!open.isEmpty() && open.peek().level() >= level) {
                open.pop();
            }
            var parent = open.isEmpty() ? top : open.peek().bookmark();
            var bookmark = parent.appendElement("bookmark")
                    .attr("name", heading.text())
                    .attr("href", "#" + heading.id());
            open.push(new Level(level, bookmark));
        }
    }

    private record Level(int level, Element bookmark) {}

    private PdfDocument() {}
}
