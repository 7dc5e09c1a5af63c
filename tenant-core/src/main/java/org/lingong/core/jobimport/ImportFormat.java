package org.lingong.core.jobimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The feed formats a city can import: CSV and xlsx with one job per row under a header of {@link #COLUMNS}, or a JSON
 * array of job postings as the API takes them. Every format becomes the same JSON rows, bound like an API request.
 */
enum ImportFormat {
    CSV, JSON, XLSX;

    /** Spreadsheet columns; nested fields of the posting are flattened with underscores. */
    static final List<String> COLUMNS = List.of("title", "category", "description", "wage_amount_fen", "wage_unit",
            "slots", "latitude", "longitude", "address", "starts_at", "ends_at", "term", "contact_policy",
            "source_channel", "source_name", "external_ref", "valid_until", "priority_groups");

    record ImportRow(int number, JsonNode posting) {
    }

    static ImportFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.UNKNOWN_IMPORT_FORMAT, value);
        }
    }

    List<ImportRow> rows(byte[] file, JsonMapper json) {
        try {
            return switch (this) {
                case JSON -> jsonRows(file, json);
                case CSV -> tableRows(csvCells(file), json);
                case XLSX -> tableRows(xlsxCells(file), json);
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException api) {
                throw api;
            }
            throw new ProblemException(ProblemType.MALFORMED_IMPORT_FILE, name(), e.getMessage());
        }
    }

    private static List<ImportRow> jsonRows(byte[] file, JsonMapper json) {
        JsonNode root = json.readTree(file);
        if (!(root instanceof ArrayNode array)) {
            throw new ProblemException(ProblemType.MALFORMED_IMPORT_FILE, "JSON", "not an array");
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            rows.add(new ImportRow(i + 1, array.get(i)));
        }
        return rows;
    }

    /** Header row first; returns each data row with its row number as people see it (header = row 1). */
    private static List<List<String>> csvCells(byte[] file) throws IOException {
        List<List<String>> table = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(stripBom(file)), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
                table.add(record.toList());
            }
        }
        return table;
    }

    private static List<List<String>> xlsxCells(byte[] file) throws IOException {
        List<List<String>> table = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                table.add(cells);
            }
        }
        return table;
    }

    private static List<ImportRow> tableRows(List<List<String>> table, JsonMapper json) {
        if (table.isEmpty() || !table.getFirst().stream().map(String::trim).toList().containsAll(List.of("title", "category"))) {
            throw new ProblemException(ProblemType.MALFORMED_IMPORT_FILE, "header",
                    String.join(",", COLUMNS));
        }
        List<String> header = table.getFirst().stream().map(String::trim).toList();
        List<ImportRow> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new ImportRow(r + 1, posting(header, cells, json)));
        }
        return rows;
    }

    /** One flat row as the nested JSON of a posting: {@code wage_amount_fen} → {@code wage.amountFen}, and so on. */
    private static ObjectNode posting(List<String> header, List<String> cells, JsonMapper json) {
        ObjectNode posting = json.createObjectNode();
        for (int c = 0; c < header.size() && c < cells.size(); c++) {
            String value = cells.get(c).trim();
            if (value.isEmpty()) {
                continue;
            }
            switch (header.get(c)) {
                case "wage_amount_fen" -> posting.withObjectProperty("wage").put("amountFen", value);
                case "wage_unit" -> posting.withObjectProperty("wage").put("unit", value);
                case "latitude", "longitude" -> posting.withObjectProperty("location").put(header.get(c), value);
                case "source_channel" -> posting.withObjectProperty("source").put("channel", value);
                case "source_name" -> posting.withObjectProperty("source").put("name", value);
                case "external_ref" -> posting.withObjectProperty("source").put("externalRef", value);
                case "priority_groups" -> {
                    ArrayNode groups = posting.putArray("priorityGroups");
                    for (String group : value.split(";")) {
                        groups.add(group.trim());
                    }
                }
                default -> posting.put(camel(header.get(c)), value);
            }
        }
        return posting;
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return name.toString();
    }

    private static byte[] stripBom(byte[] file) {
        boolean bom = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF;
        return bom ? java.util.Arrays.copyOfRange(file, 3, file.length) : file;
    }
}
