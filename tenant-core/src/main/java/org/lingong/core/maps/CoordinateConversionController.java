package org.lingong.core.maps;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** A public utility for people placing markers by hand: one point converted between map coordinate systems. */
@RestController
@Tag(name = "maps", description = "地图坐标 / Map coordinates")
class CoordinateConversionController {

    record ConversionRequest(
            @Parameter(description = "纬度 / latitude") @NotNull(message = "{maps.latitude.required}")
            @DecimalMin(value = "-90", message = "{maps.latitude.range}")
            @DecimalMax(value = "90", message = "{maps.latitude.range}") Double lat,
            @Parameter(description = "经度 / longitude") @NotNull(message = "{maps.longitude.required}")
            @DecimalMin(value = "-180", message = "{maps.longitude.range}")
            @DecimalMax(value = "180", message = "{maps.longitude.range}") Double lon,
            @Parameter(description = "源坐标系 / source system: wgs84 (default), gcj02, bd09") String from,
            @Parameter(description = "目标坐标系 / target system: wgs84, gcj02 (default), bd09") String to) {
    }

    record Position(String system, double lat, double lon) {

        static Position of(CoordinateSystem system, GeoPoint point) {
            return new Position(system.code(), point.latitude(), point.longitude());
        }
    }

    record Conversion(Position from, Position to) {
    }

    @GetMapping("/api/v1/maps/convert")
    @Operation(summary = "坐标转换：WGS-84、GCJ-02（高德、腾讯）、BD-09（百度） / "
            + "Convert a point between WGS-84, GCJ-02 (Amap, Tencent) and BD-09 (Baidu)")
    Conversion convert(@Valid @ParameterObject @ModelAttribute ConversionRequest request) {
        CoordinateSystem from = request.from() == null ? CoordinateSystem.WGS84 : CoordinateSystem.parse(request.from());
        CoordinateSystem to = request.to() == null ? CoordinateSystem.GCJ02 : CoordinateSystem.parse(request.to());
        GeoPoint point = new GeoPoint(request.lat(), request.lon());
        return new Conversion(Position.of(from, point), Position.of(to, from.convert(point, to)));
    }
}
