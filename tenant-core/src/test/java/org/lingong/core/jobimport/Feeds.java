package org.lingong.core.jobimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Hostile and oversized feeds, made on the fly. */
final class Feeds {

    private Feeds() {
    }

    /** A CSV body made as it is read: a header, then the same row again and again, {@code size} bytes in all. */
    static final class GeneratedCsv extends InputStream {

        private static final byte[] HEADER = "title,category\r\n".getBytes(StandardCharsets.US_ASCII);
        private final byte[] row;
        private final long size;
        private long position;

        /** Tiny rows ({@code a,b}), 5 bytes each. */
        static GeneratedCsv tinyRows(long size) {
            return new GeneratedCsv("a,b\r\n".getBytes(StandardCharsets.US_ASCII), size);
        }

        /** Rows of {@code rowBytes} each. */
        static GeneratedCsv longRows(long size, int rowBytes) {
            byte[] row = new byte[rowBytes];
            Arrays.fill(row, (byte) 'x');
            row[rowBytes / 2] = ',';
            row[rowBytes - 2] = '\r';
            row[rowBytes - 1] = '\n';
            return new GeneratedCsv(row, size);
        }

        private GeneratedCsv(byte[] row, long size) {
            this.row = row;
            this.size = size;
        }

        /** How much of the body the reader has taken. */
        long taken() {
            return position;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            long at = position++;
            return at < HEADER.length ? HEADER[(int) at] : row[(int) ((at - HEADER.length) % row.length)];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = 0;
            for (int next; n < length && (next = read()) >= 0; n++) {
                buffer[offset + n] = (byte) next;
            }
            return n == 0 && length > 0 ? -1 : n;
        }

        /** The first {@code bytes} of the body. */
        byte[] first(int bytes) {
            byte[] out = new byte[bytes];
            return Arrays.copyOf(out, Math.max(read(out, 0, bytes), 0));
        }
    }

    /** An xlsx of the header and {@code rows} rows, written as a stream. */
    static byte[] xlsx(int rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("岗位");
            List<String> header = ImportFormat.COLUMNS;
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("岗位" + r);
                row.createCell(1).setCellValue("logistics");
            }
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            workbook.write(file);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A real workbook whose sheet inflates to {@code inflatedMegabytes} of blanks (valid XML between its rows) from a
     * few hundred kilobytes: a zip bomb.
     */
    static byte[] zipBomb(int inflatedMegabytes) {
        try {
            Path base = Files.createTempFile("bomb-base-", ".xlsx");
            try (XSSFWorkbook small = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(base)) {
                small.createSheet("岗位").createRow(0).createCell(0).setCellValue("title");
                small.write(out);
            }
            ByteArrayOutputStream bomb = new ByteArrayOutputStream();
            try (ZipFile original = new ZipFile(base.toFile()); ZipOutputStream zip = new ZipOutputStream(bomb)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                for (ZipEntry entry : Collections.list(original.entries())) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    byte[] part;
                    try (InputStream in = original.getInputStream(entry)) {
                        part = in.readAllBytes();
                    }
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        String sheet = new String(part, StandardCharsets.UTF_8);
                        int rows = sheet.indexOf('>', sheet.indexOf("<sheetData")) + 1;
                        zip.write(sheet.substring(0, rows).getBytes(StandardCharsets.UTF_8));
                        byte[] blanks = new byte[1024 * 1024];
                        Arrays.fill(blanks, (byte) ' ');
                        for (int i = 0; i < inflatedMegabytes; i++) {
                            zip.write(blanks);
                        }
                        zip.write(sheet.substring(rows).getBytes(StandardCharsets.UTF_8));
                    } else {
                        zip.write(part);
                    }
                    zip.closeEntry();
                }
            } finally {
                Files.delete(base);
            }
            return bomb.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
