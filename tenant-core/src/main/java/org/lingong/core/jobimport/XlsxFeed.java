package org.lingong.core.jobimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an xlsx feed, read as a stream of SAX events (POI's event model), never as a workbook in memory:
 * each row goes to {@link FeedRows} as it is parsed, so the row cap stops the parse. The upload (at most
 * {@link ImportFormat#MAX_BYTES}) is kept in a temporary file for the zip's random access and deleted afterwards.
 */
final class XlsxFeed {

    /**
     * Zip-bomb guards, for every zip POI opens in this service (they are POI-wide). A part inflating more than 100 times
     * its compressed size, or past 64 MB (a 10,000-row sheet is a few MB), or a package of more than 100 parts is
     * refused while it is read.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final long MAX_PARTS = 100;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private XlsxFeed() {
    }

    static void read(InputStream body, FeedRows rows) throws Exception {
        Path file = Files.createTempFile("job-import-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                body.transferTo(out);
            }
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook), new Rows(rows),
                        new DataFormatter(Locale.ROOT), false));
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new ProblemException(ProblemType.MALFORMED_IMPORT_FILE, "XLSX", "no sheet");
                }
                try (InputStream sheet = sheets.next()) {
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (Exception e) {
            throw bombOr(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** POI signals a zip bomb only by its message, wherever in the chain of causes the parse wrapped it. */
    private static Exception bombOr(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && String.valueOf(cause.getMessage()).startsWith("Zip bomb detected")) {
                return new ProblemException(ProblemType.IMPORT_XLSX_BOMB);
            }
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        return e;
    }

    /** Collects a row's cells by their column (empty cells are not reported) and hands the row on at its end. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final FeedRows rows;
        private final List<String> cells = new ArrayList<>();

        Rows(FeedRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.tableRow(rowNum + 1, List.copyOf(cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= ImportFormat.COLUMNS.size() * 2) {
                return; // far right of any column a feed has: ignored, and never padded up to
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }
}
