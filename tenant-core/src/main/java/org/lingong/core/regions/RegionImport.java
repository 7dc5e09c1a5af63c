package org.lingong.core.regions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV of regions all or nothing: every row is checked (parents may come from the file or the database), and
 * only if every row passes are new regions created and existing ones renamed or re-flagged.
 */
@Component
class RegionImport {

    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "是");
    private static final Set<String> FALSE = Set.of("", "false", "0", "no", "n", "否");

    private final Regions regions;
    private final Divisions divisions;
    private final AuditLog audit;
    private final MessageSource messages;

    RegionImport(Regions regions, Divisions divisions, AuditLog audit, MessageSource messages) {
        this.regions = regions;
        this.divisions = divisions;
        this.audit = audit;
        this.messages = messages;
    }

    record RowResult(int line, String code, boolean accepted, List<Map<String, String>> reasons) {
    }

    record Report(int total, int accepted, int rejected, int created, int updated, List<RowResult> rows) {
    }

    private record Row(int line, Region region, List<Reason> reasons) {
    }

    @Transactional
    Report run(String csv) {
        List<RegionCsv.Line> lines = RegionCsv.lines(csv);
        if (lines.isEmpty() || !RegionCsv.isHeader(lines.getFirst())) {
            throw new ProblemException(ProblemType.REGIONS_IMPORT_HEADER, String.join(",", RegionCsv.HEADER));
        }
        List<Row> rows = lines.subList(1, lines.size()).stream().map(RegionImport::row)
                .sorted(Comparator.comparingInt(RegionImport::depth)).toList();
        Map<String, Region> existing = regions.all();
        Map<String, Region> known = new HashMap<>(existing);
        Set<String> seen = new HashSet<>();
        Set<String> rejected = new HashSet<>();
        String countyPrefix = divisions.countyPrefix();
        for (Row row : rows) {
            Region region = row.region();
            if (row.reasons().isEmpty()) {
                check(region, known, existing, seen, rejected, countyPrefix).forEach(row.reasons()::add);
            }
            if (row.reasons().isEmpty()) {
                known.put(region.code(), region);
            } else if (region.code() != null) {
                rejected.add(region.code());
            }
        }
        List<RowResult> results = rows.stream().sorted(Comparator.comparingInt(Row::line))
                .map(row -> new RowResult(row.line(), row.region().code(), row.reasons().isEmpty(),
                        row.reasons().stream().map(reason -> reason.bilingual(messages)).toList()))
                .toList();
        int refused = (int) results.stream().filter(r -> !r.accepted()).count();
        if (refused > 0 || rows.isEmpty()) {
            ProblemType type = rows.isEmpty() ? ProblemType.REGIONS_IMPORT_EMPTY : ProblemType.REGIONS_IMPORT_REJECTED;
            throw new ProblemException(type, refused).with("report", new Report(rows.size(), rows.size() - refused,
                    refused, 0, 0, results));
        }
        int created = 0;
        for (Row row : rows) {
            if (existing.containsKey(row.region().code())) {
                regions.update(row.region());
            } else {
                regions.insert(row.region());
                created++;
            }
        }
        int updated = rows.size() - created;
        audit.record("regions.imported", null, "created=" + created + " updated=" + updated);
        return new Report(rows.size(), rows.size(), 0, created, updated, results);
    }

    private static List<Reason> check(Region region, Map<String, Region> known, Map<String, Region> existing,
                                      Set<String> seen, Set<String> rejected, String countyPrefix) {
        if (!seen.add(region.code())) {
            return List.of(new Reason("code", "region.code.duplicate-in-file", region.code()));
        }
        Region before = existing.get(region.code());
        if (before != null && (before.level() != region.level()
                || !Objects.equals(before.parentCode(), region.parentCode()))) {
            return List.of(new Reason("code", "region.code.exists-elsewhere", region.code()));
        }
        if (region.parentCode() != null && rejected.contains(region.parentCode())) {
            return List.of(new Reason("parentCode", "region.parent.rejected", region.parentCode()));
        }
        return RegionRules.check(region, known, countyPrefix);
    }

    private static Row row(RegionCsv.Line line) {
        List<String> f = line.fields();
        List<Reason> reasons = new ArrayList<>();
        if (f.size() != RegionCsv.HEADER.size()) {
            reasons.add(new Reason("line", "region.csv.columns", RegionCsv.HEADER.size(), f.size()));
            return new Row(line.number(), new Region(f.getFirst(), null, null, null, false), reasons);
        }
        Optional<RegionLevel> level = RegionLevel.parse(f.get(2));
        String central = f.get(4).toLowerCase(Locale.ROOT);
        if (!TRUE.contains(central) && !FALSE.contains(central)) {
            reasons.add(new Reason("central", "region.central.format", f.get(4)));
        }
        if (level.isEmpty()) {
            reasons.add(new Reason("level", "region.level.unknown"));
        }
        Region region = new Region(f.get(0), f.get(1), level.orElse(null), f.get(3).isEmpty() ? null : f.get(3),
                TRUE.contains(central));
        return new Row(line.number(), region, reasons);
    }

    /** Counties first, then townships, then villages, so parents in the same file are checked before children. */
    private static int depth(Row row) {
        return row.region().level() == null ? 0 : row.region().level().ordinal();
    }
}
