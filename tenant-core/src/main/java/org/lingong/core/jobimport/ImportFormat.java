package org.lingong.core.jobimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.servlet.BoundedInputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feed formats a city can import: CSV and xlsx with one job per row under a header of {@link #COLUMNS}, or a JSON
 * array of job postings as the API takes them. Every format becomes the same JSON rows, bound like an API request.
 * A feed is read as a stream, row by row, and refused the moment it passes {@link #MAX_BYTES} or {@link #MAX_ROWS}.
 */
enum ImportFormat {
    CSV, JSON, XLSX;

    /** Larger feeds are split by the sender; 10 MB is ample for 10,000 rows. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 10_000;

    /** Spreadsheet columns; nested fields of the posting are flattened with underscores. */
    static final List<String> COLUMNS = List.of("title", "category", "description", "wage_amount_fen", "wage_unit",
            "slots", "latitude", "longitude", "address", "starts_at", "ends_at", "term", "contact_policy",
            "source_channel", "source_name", "external_ref", "valid_until", "priority_groups");

    record ImportRow(int number, JsonNode posting) {
    }

    /** Past either limit: 413, and nothing written. */
    static ProblemException tooLarge() {
        return new ProblemException(ProblemType.IMPORT_TOO_LARGE, MAX_ROWS);
    }

    static ImportFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.UNKNOWN_IMPORT_FORMAT, value);
        }
    }

    /** Reads the feed from {@code body} (not closed), at most {@link #MAX_BYTES} of it. */
    List<ImportRow> rows(InputStream body, JsonMapper json) {
        InputStream bounded = new BoundedInputStream(body, MAX_BYTES, ImportFormat::tooLarge);
        FeedRows rows = new FeedRows(json);
        try {
            return switch (this) {
                case JSON -> {
                    jsonRows(bounded, json, rows);
                    yield rows.postings();
                }
                case CSV -> {
                    csvRows(bounded, rows);
                    yield rows.tableRows();
                }
                case XLSX -> {
                    XlsxFeed.read(bounded, rows);
                    yield rows.tableRows();
                }
            };
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            if (e.getCause() instanceof ProblemException problem) {
                throw problem; // a limit passed inside a parser that wraps what its input throws
            }
            throw new ProblemException(ProblemType.MALFORMED_IMPORT_FILE, name(), e.getMessage());
        }
    }

    /** The array's elements one by one: the parser holds one posting at a time, never the whole document. */
    private static void jsonRows(InputStream body, JsonMapper json, FeedRows rows) {
        // One element at a time: the rest of the array is what follows, not trailing garbage.
        ObjectReader element = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ProblemException(ProblemType.MALFORMED_IMPORT_FILE, "JSON", "not an array");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    throw new ProblemException(ProblemType.MALFORMED_IMPORT_FILE, "JSON", "unterminated array");
                }
                rows.posting(element.readValue(parser));
            }
        }
    }

    private static void csvRows(InputStream body, FeedRows rows) throws IOException {
        Reader reader = new InputStreamReader(withoutBom(body), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            for (CSVRecord record : parser) {
                rows.tableRow((int) record.getRecordNumber(), record.toList());
            }
        }
    }

    /** Spreadsheet programs save UTF-8 CSV with a byte order mark. */
    private static InputStream withoutBom(InputStream body) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, 3);
        byte[] start = in.readNBytes(3);
        boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        if (!bom) {
            in.unread(start);
        }
        return in;
    }
}
