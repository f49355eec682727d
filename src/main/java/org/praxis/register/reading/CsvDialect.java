package org.praxis.register.reading;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file was saved, told from its first 64 KB: UTF-8 (with or without a byte-order mark), UTF-16 (by its
 * mark), or else Windows-1252, which Excel on Windows uses for "CSV (Comma delimited)" ("José Álvarez" read as
 * UTF-8 became "Jos� �lvarez"); and the separator the header line uses most: comma, semicolon (Excel in much of
 * Europe), tab or pipe.
 */
public record CsvDialect(Charset charset, int markBytes, char separator) {

    private static final int SAMPLE = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The encodings a person can choose on the column choice screen, by the names the screen shows. */
    public static final java.util.Map<String, Charset> ENCODINGS = java.util.Map.of(
            "UTF-8", StandardCharsets.UTF_8,
            "UTF-16LE", StandardCharsets.UTF_16LE,
            "UTF-16BE", StandardCharsets.UTF_16BE,
            "windows-1252", WINDOWS_1252);

    /** The separators Praxis tells apart, and a person can choose. */
    public static final java.util.Set<Character> SEPARATORS = java.util.Set.of(',', ';', '\t', '|');

    /** A person's choice of encoding and separator, overriding what Praxis told from the file. */
    public record Choice(String encoding, char separator) implements java.io.Serializable {

        public Choice {
            if (!ENCODINGS.containsKey(encoding) || !SEPARATORS.contains(separator)) {
                throw new IllegalArgumentException("Not an encoding and separator Praxis reads");
            }
        }
    }

    /** The encoding's name as the screen shows it. */
    public String encodingName() {
        return ENCODINGS.entrySet().stream()
                .filter(e -> e.getValue().equals(charset))
                .map(java.util.Map.Entry::getKey)
                .findFirst()
                .orElse(charset.name());
    }

    /** What was told from the file, or the person's choice (a byte-order mark is still skipped if it fits). */
    public CsvDialect chosen(Choice choice) {
        if (choice == null) {
            return this;
        }
        var chosenCharset = ENCODINGS.get(choice.encoding());
        return new CsvDialect(chosenCharset, chosenCharset.equals(charset) ? markBytes : 0, choice.separator());
    }

    /** Reads the sample and puts the stream back where it was. */
    public static CsvDialect of(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE + 1);
        var head = in.readNBytes(SAMPLE);
        in.reset();
        Charset charset;
        int mark = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            mark = 3;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            mark = 2;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            mark = 2;
        } else {
            charset = isUtf8(head, head.length < SAMPLE) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        var text = new String(head, mark, head.length - mark, charset);
        return new CsvDialect(charset, mark, separator(text));
    }

    /** The stream as text, past its byte-order mark; what cannot be decoded is replaced, never fatal. */
    public Reader reader(InputStream in) throws IOException {
        in.skipNBytes(markBytes);
        return new InputStreamReader(
                in,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** Strict UTF-8 over the sample; a character cut off by the sample's end does not count against it. */
    private static boolean isUtf8(byte[] head, boolean whole) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var bytes = ByteBuffer.wrap(head);
        var out = CharBuffer.allocate(head.length);
        return !decoder.decode(bytes, out, whole).isError();
    }

    /** The candidate found most often in the first line, outside quotes; a comma when none is. */
    private static char separator(String text) {
        char best = ',';
        int bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    if (count > 0 || i > 0) {
                        break;
                    }
                } else if (!quoted && c == candidate) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
