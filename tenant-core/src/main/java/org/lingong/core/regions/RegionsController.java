package org.lingong.core.regions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.core.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The city's counties, townships/streets and communities/villages: lists, a tree, single edits and CSV import. */
@RestController
@Tag(name = "regions", description = "城市行政区划（县、乡镇街道、村社区） / The city's regions")
class RegionsController {

    private final Regions regions;
    private final Divisions divisions;
    private final RegionImport importer;
    private final AuditLog audit;
    private final MessageSource messages;
    private final int importMaxBytes;

    RegionsController(Regions regions, Divisions divisions, RegionImport importer, AuditLog audit, MessageSource messages,
                      @Value("${lingong.regions.import-max-bytes:2097152}") int importMaxBytes) {
        this.regions = regions;
        this.divisions = divisions;
        this.importer = importer;
        this.audit = audit;
        this.messages = messages;
        this.importMaxBytes = importMaxBytes;
    }

    record NewRegion(String code, String name, RegionLevel level, String parentCode, Boolean central) {

        Region region() {
            return new Region(code, name, level, parentCode, Boolean.TRUE.equals(central));
        }
    }

    record RegionChange(String name, Boolean central) {
    }

    record Node(String code, String name, RegionLevel level, boolean central, List<Node> children) {
    }

    @GetMapping("/api/v1/regions")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Operation(summary = "按级别和上级列出区划 / List regions by level and parent")
    List<Region> list(@RequestParam(required = false) RegionLevel level,
                      @RequestParam(required = false) String parent) {
        return regions.list(level, parent);
    }

    @GetMapping("/api/v1/regions/tree")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Operation(summary = "区划树（可指定根） / Region tree, optionally below one region")
    List<Node> tree(@RequestParam(required = false) String root) {
        Map<String, List<Region>> byParent = new HashMap<>();
        for (Region region : regions.list(null, null)) {
            byParent.computeIfAbsent(region.parentCode() == null ? "" : region.parentCode(), k -> new ArrayList<>())
                    .add(region);
        }
        if (root == null) {
            return nodes(byParent, "");
        }
        Region top = regions.find(root).orElseThrow(() -> notFound(root));
        return List.of(new Node(top.code(), top.name(), top.level(), top.central(), nodes(byParent, top.code())));
    }

    private static List<Node> nodes(Map<String, List<Region>> byParent, String parent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(r -> new Node(r.code(), r.name(), r.level(), r.central(), nodes(byParent, r.code()))).toList();
    }

    @PostMapping("/api/v1/regions")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Transactional
    @Operation(summary = "新增区划 / Create a region")
    ResponseEntity<Region> create(@RequestBody NewRegion request, Locale locale) {
        Region region = request.region();
        if (region.code() != null && regions.find(region.code()).isPresent()) {
            throw new ProblemException(ProblemType.REGION_EXISTS, region.code());
        }
        Map<String, Region> parent = new HashMap<>();
        if (region.parentCode() != null) {
            regions.find(region.parentCode()).ifPresent(p -> parent.put(p.code(), p));
        }
        List<Reason> reasons = RegionRules.check(region, parent, divisions.countyPrefix());
        if (!reasons.isEmpty()) {
            throw new ProblemException(ProblemType.REGION_INVALID)
                    .withFieldErrors(reasons.stream().map(r -> r.fieldError(messages, locale)).toList());
        }
        regions.insert(region);
        audit.record("region.created", region.code(), region.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(region);
    }

    @PutMapping("/api/v1/regions/{code}")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Transactional
    @Operation(summary = "修改区划名称或中心村标记 / Rename a region or change its central-village flag")
    Region update(@PathVariable String code, @RequestBody RegionChange change, Locale locale) {
        Region before = regions.find(code).orElseThrow(() -> notFound(code));
        Region after = new Region(code, change.name(), before.level(), before.parentCode(),
                Boolean.TRUE.equals(change.central()));
        Map<String, Region> parent = new HashMap<>();
        if (before.parentCode() != null) {
            regions.find(before.parentCode()).ifPresent(p -> parent.put(p.code(), p));
        }
        List<Reason> reasons = RegionRules.check(after, parent, divisions.countyPrefix());
        if (!reasons.isEmpty()) {
            throw new ProblemException(ProblemType.REGION_INVALID)
                    .withFieldErrors(reasons.stream().map(r -> r.fieldError(messages, locale)).toList());
        }
        regions.update(after);
        audit.record("region.updated", code, after.name() + (after.central() ? " central" : ""));
        return after;
    }

    @PostMapping(path = "/api/v1/regions/import", consumes = "text/csv")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Operation(summary = "CSV 批量导入区划（全部成功才写入） / Import regions from CSV, all or nothing",
            description = "列 / columns: code,name,level,parent_code,central")
    RegionImport.Report importCsv(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > importMaxBytes) {
            throw tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(importMaxBytes + 1);
        if (body.length > importMaxBytes) {
            throw tooLarge();
        }
        return importer.run(utf8(body));
    }

    private static ProblemException notFound(String code) {
        return new ProblemException(ProblemType.REGION_NOT_FOUND, code);
    }

    private ProblemException tooLarge() {
        return new ProblemException(ProblemType.REGIONS_IMPORT_TOO_LARGE, importMaxBytes / 1024);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.REGIONS_IMPORT_ENCODING);
        }
    }
}
