package org.lingong.core.directory;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook of one sheet: a title row with the publication date, a bold frozen header row, then the rows.
 * Written with POI's streaming workbook, which keeps only a window of rows in memory however long the directory.
 */
final class XlsxFormat {

    /** Rows kept in memory before older ones are flushed to a temporary file. */
    private static final int ROW_WINDOW = 200;
    private static final int MAX_COLUMN_CHARS = 60;
    private static final int HEADER_ROW = 1;

    private XlsxFormat() {
    }

    /** @param titleLine the first row's text: the title with the publication date, in the caller's language */
    static void write(PublicDirectory directory, String titleLine, Locale locale, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(directory.title()));
            List<DirectoryColumn> columns = directory.columns();
            int[] widths = new int[columns.size()];

            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(titleLine);
            title.setCellStyle(styles.title);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            }

            Row header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < columns.size(); c++) {
                String text = columns.get(c).header(locale);
                Cell cell = header.createCell(c);
                cell.setCellValue(text);
                cell.setCellStyle(styles.header);
                widths[c] = displayWidth(text);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);

            int r = HEADER_ROW + 1;
            for (List<?> values : directory.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    widths[c] = Math.max(widths[c], write(row, c, values.get(c), styles));
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARS) + 2) * 256);
            }
            workbook.write(out);
        }
    }

    /** Writes one value (none for {@code null}) and answers its display width in characters. */
    private static int write(Row row, int column, Object value, Styles styles) {
        if (value == null) {
            return 0;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return number.toString().length();
        }
        String text = value.toString();
        cell.setCellValue(text);
        if (CellText.looksLikeFormula(text)) {
            // Shown as typed and never evaluated, even after the user edits the cell.
            cell.setCellStyle(styles.quoted);
        }
        return displayWidth(text);
    }

    /** Chinese characters take about two Latin character widths in Excel's default font. */
    private static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }

    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle quoted;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            header = workbook.createCellStyle();
            header.setFont(bold);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
