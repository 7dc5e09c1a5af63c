package org.lingong.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.core.maps.CoordinateSystem;
import org.lingong.core.maps.GeoPoint;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/v1/maps/convert through the real service: public inside a city, bad coordinates and unknown systems are
 * field problems in the caller's language. (In this package for the shared Api and TestTenants helpers.)
 */
class CoordinateConversionApiTests extends OneCityTests {


    private Api.Response convert(String query, String language) {
        return api().get("/api/v1/maps/convert?" + query, null,
                Map.of("X-Lingong-Tenant", city, "Accept-Language", language));
    }

    @Test
    void anyoneConvertsAPointFromWgs84ToGcj02ByDefault() {
        Api.Response response = convert("lat=33.96&lon=118.28", "zh-CN");

        assertThat(response.status()).isEqualTo(200);
        GeoPoint expected = CoordinateSystem.WGS84.convert(new GeoPoint(33.96, 118.28), CoordinateSystem.GCJ02);
        JsonNode body = response.body();
        assertThat(body.at("/from/system").asString()).isEqualTo("wgs84");
        assertThat(body.at("/from/lat").asDouble()).isEqualTo(33.96);
        assertThat(body.at("/to/system").asString()).isEqualTo("gcj02");
        assertThat(body.at("/to/lat").asDouble()).isEqualTo(expected.latitude());
        assertThat(body.at("/to/lon").asDouble()).isEqualTo(expected.longitude());
    }

    @Test
    void convertsBackFromBaiduForASignedInCaller() {
        GeoPoint bd = CoordinateSystem.WGS84.convert(new GeoPoint(29.09, 119.57), CoordinateSystem.BD09);

        Api.Response response = api().get("/api/v1/maps/convert?lat=" + bd.latitude() + "&lon=" + bd.longitude()
                + "&from=BD09&to=wgs84", admin, Map.of("X-Lingong-Tenant", city));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().at("/to/system").asString()).isEqualTo("wgs84");
        assertThat(response.body().at("/to/lat").asDouble()).isCloseTo(29.09, org.assertj.core.data.Offset.offset(1e-7));
        assertThat(response.body().at("/to/lon").asDouble()).isCloseTo(119.57, org.assertj.core.data.Offset.offset(1e-7));
    }

    @Test
    void coordinatesOutOfRangeAreFieldProblemsInTheCallersLanguage() {
        Api.Response zh = convert("lat=95&lon=-181", "zh-CN");
        Api.Response en = convert("lat=95&lon=-181", "en");

        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
        assertThat(zh.body().get("errors").valueStream().map(e -> e.get("field").asString() + ": "
                + e.get("message").asString()))
                .containsExactlyInAnyOrder("lat: 纬度须在 -90 到 90 之间", "lon: 经度须在 -180 到 180 之间");
        assertThat(en.body().get("errors").valueStream().map(e -> e.get("message").asString()))
                .containsExactlyInAnyOrder("Latitude must be between -90 and 90",
                        "Longitude must be between -180 and 180");
        assertThat(en.body().at("/titles/zh").asString()).isEqualTo("请求内容有误");
    }

    @Test
    void missingOrMalformedCoordinatesAreProblemsNotErrors() {
        Api.Response missing = convert("lon=118.28", "zh-CN");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").valueStream().map(e -> e.get("message").asString()))
                .containsExactly("请填写纬度");

        for (String query : new String[] {"lat=abc&lon=118.28", "lat=NaN&lon=118.28", "lat=33.96&lon=Infinity"}) {
            Api.Response bad = convert(query, "zh-CN");
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .as(query).containsAnyOf("lat", "lon");
        }
    }

    @Test
    void anUnknownSystemIsAProblemListingTheChoices() {
        Api.Response response = convert("lat=33.96&lon=118.28&to=mercator", "en");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("type").asString()).endsWith("/unknown-coordinate-system");
        assertThat(response.body().at("/titles/zh").asString()).isEqualTo("不支持的坐标系");
        assertThat(response.body().get("detail").asString())
                .isEqualTo("Coordinate system \"mercator\" is not valid; choose one of: wgs84, gcj02, bd09.");
    }
}
