package org.lingong.core.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.directory.DirectoryColumn;
import org.lingong.core.directory.DirectoryWriter;
import org.lingong.core.directory.PublicDirectory;
import org.lingong.core.maps.CoordinateSystem;
import org.lingong.core.maps.GeoJson;
import org.lingong.core.maps.MapFeature;
import org.lingong.core.regions.Divisions;
import org.lingong.core.regions.Regions;
import org.lingong.common.i18n.China;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the public sees of the network, without signing in: the directory (名录) of open carriers, dated by their last
 * change, as JSON pages or CSV/xlsx downloads, and a GeoJSON map in the coordinate system of the reader's map service.
 */
@RestController
@Tag(name = "network")
class PublicNetworkController {

    private static final ZoneId CHINA = China.ZONE;
    private static final Carriers.Filter OPEN = new Carriers.Filter(null, null, CarrierStatus.OPEN);
    private static final List<String> COLUMN_KEYS = List.of("kind", "name", "region", "address", "latitude",
            "longitude", "hours", "hotline", "complaintPhone", "operator");

    private final Carriers carriers;
    private final Regions regions;
    private final Divisions divisions;
    private final DirectoryWriter writer;
    private final GeoJson geoJson;
    private final MessageSource messages;

    PublicNetworkController(Carriers carriers, Regions regions, Divisions divisions, DirectoryWriter writer,
                            GeoJson geoJson, MessageSource messages) {
        this.carriers = carriers;
        this.regions = regions;
        this.divisions = divisions;
        this.writer = writer;
        this.geoJson = geoJson;
        this.messages = messages;
    }

    record Entry(long id, CarrierKind kind, String kindName, String name, String regionCode, String regionName,
                 String address, double latitude, double longitude, OpeningHours openingHours, String openingHoursText,
                 List<String> services, String hotline, String complaintPhone, String operator) {
    }

    record Directory(String title, Instant publishedAt, LocalDate publishedOn, List<Entry> items, int page, int size,
                     long total) {
    }

    @GetMapping("/api/v1/network/directory")
    @Operation(summary = "公开名录：开放中的服务载体（JSON 分页，或 format=csv|xlsx 下载） / "
            + "Public directory of open carriers (paged JSON, or format=csv|xlsx download)")
    ResponseEntity<?> directory(
            @Parameter(description = "json（默认） / csv / xlsx") @RequestParam(defaultValue = "json") String format,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale)
            throws IOException {
        Instant published = carriers.lastChange(OPEN).orElseGet(Instant::now);
        String title = messages.getMessage("network.directory.title", new Object[] {divisions.cityName()},
                locale);
        if (format.equals("json")) {
            int pageNumber = Math.max(page, 0);
            int pageSize = Math.clamp(size, 1, 200);
            List<Entry> entries = entries(carriers.page(OPEN, pageNumber, pageSize), locale);
            return ResponseEntity.ok(new Directory(title, published, published.atZone(CHINA).toLocalDate(), entries,
                    pageNumber, pageSize, carriers.count(OPEN)));
        }
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new ProblemException(ProblemType.DIRECTORY_FORMAT_UNKNOWN, format);
        }
        PublicDirectory directory = new PublicDirectory(title, published, columns(),
                entries(carriers.all(OPEN), locale).stream().map(PublicNetworkController::row).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaType type = format.equals("csv") ? DirectoryWriter.CSV : DirectoryWriter.XLSX;
        if (format.equals("csv")) {
            writer.csv(directory, locale, out);
        } else {
            writer.xlsx(directory, locale, out);
        }
        String filename = "network-directory-" + directory.publishedOn() + "." + format;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(out.toByteArray());
    }

    @GetMapping(path = "/api/v1/network/map.geojson", produces = GeoJson.MEDIA_TYPE_VALUE)
    @Operation(summary = "开放中载体的地图点位（GeoJSON；crs=wgs84|gcj02|bd09） / "
            + "Map of open carriers as GeoJSON in WGS-84, GCJ-02 (Amap, Tencent) or BD-09 (Baidu)")
    ResponseEntity<ObjectNode> map(@Parameter(description = "wgs84（默认） / gcj02 / bd09")
                                   @RequestParam(defaultValue = "wgs84") String crs, Locale locale) {
        CoordinateSystem system = CoordinateSystem.parse(crs);
        List<MapFeature> features = entries(carriers.all(OPEN), locale).stream().map(entry -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("kindName", entry.kindName());
            properties.put("address", entry.address());
            properties.put("regionCode", entry.regionCode());
            properties.put("hotline", entry.hotline());
            properties.put("openingHours", entry.openingHoursText());
            return new MapFeature("carrier-" + entry.id(), entry.name(), entry.kind().name(), entry.latitude(),
                    entry.longitude(), properties);
        }).toList();
        return ResponseEntity.ok().contentType(GeoJson.MEDIA_TYPE).body(geoJson.featureCollection(features, system));
    }

    private List<Entry> entries(List<Carriers.Stored> stored, Locale locale) {
        Map<String, String> regionNames = regions.names();
        regionNames.put(divisions.cityCode(), divisions.cityName());
        return stored.stream().map(s -> {
            CarrierRequest c = s.data();
            String operator = c.operatorType() == OperatorType.COMMISSIONED ? c.operatorAgency()
                    : messages.getMessage("network.operator.GOVERNMENT", null, locale);
            String kindName = messages.getMessage("network.kind." + c.kind(), null, locale);
            return new Entry(s.id(), c.kind(), kindName, c.name(), c.regionCode(), regionNames.get(c.regionCode()), c.address(), c.latitude(), c.longitude(),
                    c.openingHours(), hoursText(c.openingHours(), locale), c.services(), c.hotline(),
                    c.complaintPhone(), operator);
        }).toList();
    }

    /** E.g. 周一 08:30-12:00,14:00-17:30；周二 … — days without intervals are left out. */
    private static String hoursText(OpeningHours hours, Locale locale) {
        String separator = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "; " : "；";
        return Arrays.stream(DayOfWeek.values())
                .filter(day -> hours.weekly().get(day) != null && !hours.weekly().get(day).isEmpty())
                .map(day -> day.getDisplayName(TextStyle.SHORT, locale) + " " + hours.weekly().get(day).stream()
                        .map(i -> i.open() + "-" + i.close()).collect(Collectors.joining(",")))
                .collect(Collectors.joining(separator));
    }

    private List<DirectoryColumn> columns() {
        return COLUMN_KEYS.stream().map(key -> new DirectoryColumn(
                messages.getMessage("network.directory.column." + key, null, Locale.SIMPLIFIED_CHINESE),
                messages.getMessage("network.directory.column." + key, null, Locale.ENGLISH))).toList();
    }

    private static List<Object> row(Entry e) {
        return Arrays.asList(e.kindName(), e.name(), e.regionName(), e.address(), e.latitude(),
                e.longitude(), e.openingHoursText(), e.hotline(), e.complaintPhone(), e.operator());
    }
}
