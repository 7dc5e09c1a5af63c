package org.lingong.core.jobimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds are read as streams and refused the moment they pass a limit: how much of a hostile body was read is counted,
 * so a reader that buffered the body (or built every row) before its check fails here.
 */
class ImportFormatTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long OVER_TEN_MEGABYTES = 11L * 1024 * 1024;

    private static ProblemType refusal(ImportFormat format, InputStream body) {
        try {
            format.rows(body, JSON);
        } catch (ProblemException e) {
            return e.type();
        }
        throw new AssertionError("the feed was accepted");
    }

    @Test
    void aCsvOfTinyRowsStopsAtTheRowPastTheCapWithoutReadingTheRest() {
        Feeds.GeneratedCsv feed = Feeds.GeneratedCsv.tinyRows(OVER_TEN_MEGABYTES);
        assertThat(refusal(ImportFormat.CSV, feed)).isEqualTo(ProblemType.IMPORT_TOO_LARGE);
        // 10,001 rows of 5 bytes and the parser's read-ahead: a few tens of kilobytes of the 11 MB.
        assertThat(feed.taken()).isLessThan(256 * 1024);
    }

    @Test
    void aCsvOverTenMegabytesStopsAtTheFirstByteOverTheLimit() {
        Feeds.GeneratedCsv feed = Feeds.GeneratedCsv.longRows(OVER_TEN_MEGABYTES, 4096);
        assertThat(refusal(ImportFormat.CSV, feed)).isEqualTo(ProblemType.IMPORT_TOO_LARGE);
        assertThat(feed.taken()).isGreaterThan(ImportFormat.MAX_BYTES).isLessThan(ImportFormat.MAX_BYTES + 64 * 1024);
    }

    @Test
    void aJsonArrayOfTinyPostingsStopsAtTheCap() {
        InputStream endless = new InputStream() { // [{},{},{},… without end
            private long position = -1;

            @Override
            public int read() {
                long at = position++;
                return at < 0 ? '[' : "{},".charAt((int) (at % 3));
            }
        };
        assertThat(refusal(ImportFormat.JSON, endless)).isEqualTo(ProblemType.IMPORT_TOO_LARGE);
    }

    @Test
    void anXlsxOverTheRowCapIsRefusedWhileItsSheetIsParsed() {
        byte[] feed = Feeds.xlsx(ImportFormat.MAX_ROWS + 1);
        assertThat(refusal(ImportFormat.XLSX, new ByteArrayInputStream(feed))).isEqualTo(ProblemType.IMPORT_TOO_LARGE);
        assertThat(ImportFormat.XLSX.rows(new ByteArrayInputStream(Feeds.xlsx(ImportFormat.MAX_ROWS)), JSON))
                .hasSize(ImportFormat.MAX_ROWS).last().extracting(ImportFormat.ImportRow::number)
                .isEqualTo(ImportFormat.MAX_ROWS + 1);
    }

    @Test
    void aZipBombIsRefusedAsItInflatesNotAfter() {
        byte[] bomb = Feeds.zipBomb(256);
        assertThat(bomb.length).as("256 MB of sheet in a small upload").isLessThan(ImportFormat.MAX_BYTES);
        assertThat(refusal(ImportFormat.XLSX, new ByteArrayInputStream(bomb))).isEqualTo(ProblemType.IMPORT_XLSX_BOMB);
        // The guards are set explicitly, not left to POI's defaults.
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(XlsxFeed.MIN_INFLATE_RATIO);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(XlsxFeed.MAX_ENTRY_BYTES);
        assertThat(ZipSecureFile.getMaxFileCount()).isEqualTo(XlsxFeed.MAX_PARTS);
    }

    @Test
    void aHeaderlessOrTruncatedFeedIsMalformedNotAccepted() {
        assertThat(refusal(ImportFormat.CSV, new ByteArrayInputStream(new byte[0])))
                .isEqualTo(ProblemType.MALFORMED_IMPORT_FILE);
        assertThat(refusal(ImportFormat.JSON, new ByteArrayInputStream("[{\"title\":1},".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(ProblemType.MALFORMED_IMPORT_FILE);
        assertThatThrownBy(() -> ImportFormat.parse("pdf")).isInstanceOf(ProblemException.class);
    }
}
