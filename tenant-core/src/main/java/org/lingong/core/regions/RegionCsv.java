package org.lingong.core.regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the import format: a header {@code code,name,level,parent_code,central}, then one region a line (RFC 4180). */
final class RegionCsv {

    static final List<String> HEADER = List.of("code", "name", "level", "parent_code", "central");

    record Line(int number, List<String> fields) {
    }

    private RegionCsv() {
    }

    /** The data lines, numbered as in the file (the header is line 1); blank lines are skipped. */
    static List<Line> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> lines = new ArrayList<>();
        int number = 1;
        for (String raw : body.split("\r?\n", -1)) {
            if (!raw.isBlank()) {
                lines.add(new Line(number, fields(raw)));
            }
            number++;
        }
        return lines;
    }

    static boolean isHeader(Line line) {
        return line.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER);
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
