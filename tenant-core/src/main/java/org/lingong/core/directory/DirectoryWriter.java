package org.lingong.core.directory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Writes a public directory for download as CSV or Excel, with column headers in the caller's language. */
@Component
public class DirectoryWriter {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MessageSource messages;

    DirectoryWriter(MessageSource messages) {
        this.messages = messages;
    }

    /** UTF-8 CSV with a byte-order mark: one header row, then the rows. Leaves {@code out} open. */
    public void csv(PublicDirectory directory, Locale locale, OutputStream out) throws IOException {
        CsvFormat.write(directory, locale, out);
    }

    /** An xlsx workbook: title and publication date, bold frozen header, the rows. Leaves {@code out} open. */
    public void xlsx(PublicDirectory directory, Locale locale, OutputStream out) throws IOException {
        String titleLine = messages.getMessage("directory.title-line",
                new Object[] {directory.title(), directory.publishedOn().toString()}, locale);
        XlsxFormat.write(directory, titleLine, locale, out);
    }
}
