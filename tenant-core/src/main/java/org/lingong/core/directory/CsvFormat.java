package org.lingong.core.directory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark: without it Excel, the tool most people open a download with, reads
 * the file in the system code page and garbles Chinese.
 */
final class CsvFormat {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String LINE_END = "\r\n";

    private CsvFormat() {
    }

    static void write(PublicDirectory directory, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        writeRow(writer, directory.columns().stream().map(column -> column.header(locale)).toList());
        for (List<?> row : directory.rows()) {
            writeRow(writer, row);
        }
        writer.flush();
    }

    private static void writeRow(Writer writer, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(values.get(i)));
        }
        writer.write(LINE_END);
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Number ? value.toString() : CellText.neutralised(value.toString());
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
