package org.lingong.core.jobimport;

import java.util.ArrayList;
import java.util.List;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.jobimport.ImportFormat.ImportRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rows of a feed as its reader finds them, one at a time: a table's header first, then each row bound to the JSON
 * of a posting. The row past {@link ImportFormat#MAX_ROWS} refuses the import the moment it is read.
 */
final class FeedRows {

    private final JsonMapper json;
    private final List<ImportRow> rows = new ArrayList<>();
    private List<String> header;

    FeedRows(JsonMapper json) {
        this.json = json;
    }

    /** A JSON feed's posting, numbered from 1. */
    void posting(JsonNode posting) {
        add(new ImportRow(rows.size() + 1, posting));
    }

    /** A spreadsheet row, numbered as people see it (the header is row 1); blank rows are skipped. */
    void tableRow(int number, List<String> cells) {
        if (header == null) {
            header = cells.stream().map(String::trim).toList();
            if (!header.containsAll(List.of("title", "category"))) {
                throw badHeader();
            }
            return;
        }
        if (!cells.stream().allMatch(String::isBlank)) {
            add(new ImportRow(number, posting(cells)));
        }
    }

    /** A JSON feed's postings (an empty array is a feed of nothing). */
    List<ImportRow> postings() {
        return List.copyOf(rows);
    }

    /** A table's rows; a table without even a header row is malformed. */
    List<ImportRow> tableRows() {
        if (header == null) {
            throw badHeader();
        }
        return List.copyOf(rows);
    }

    private static ProblemException badHeader() {
        return new ProblemException(ProblemType.MALFORMED_IMPORT_FILE, "header", String.join(",", ImportFormat.COLUMNS));
    }

    private void add(ImportRow row) {
        if (rows.size() == ImportFormat.MAX_ROWS) {
            throw ImportFormat.tooLarge();
        }
        rows.add(row);
    }

    /** One flat row as the nested JSON of a posting: {@code wage_amount_fen} → {@code wage.amountFen}, and so on. */
    private ObjectNode posting(List<String> cells) {
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
}
