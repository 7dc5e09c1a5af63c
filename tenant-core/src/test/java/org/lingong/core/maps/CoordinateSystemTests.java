package org.lingong.core.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** The conversions against published and independently derived values (test resource maps/known-points.csv). */
class CoordinateSystemTests {

    private static final double ONE_METRE = 1.0;
    /** What the iterative inverse must achieve: "well under 1 m". */
    private static final double ONE_CENTIMETRE = 0.01;

    record KnownPoint(String name, CoordinateSystem from, GeoPoint point, CoordinateSystem to, GeoPoint expected,
                      String source) {

        @Override
        public String toString() {
            return name + " " + from.code() + "→" + to.code() + " (" + source + ")";
        }
    }

    static List<KnownPoint> knownPoints() {
        try (var in = CoordinateSystemTests.class.getResourceAsStream("/maps/known-points.csv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("name,"))
                    .map(CoordinateSystemTests::knownPoint)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KnownPoint knownPoint(String line) {
        String[] cell = line.split(",", -1);
        CoordinateSystem from = CoordinateSystem.parse(cell[1]);
        GeoPoint point = new GeoPoint(Double.parseDouble(cell[2]), Double.parseDouble(cell[3]));
        CoordinateSystem to = CoordinateSystem.parse(cell[4]);
        String source = cell[7];
        GeoPoint expected = source.equals("reference")
                ? reference(from, point, to)
                : new GeoPoint(Double.parseDouble(cell[5]), Double.parseDouble(cell[6]));
        return new KnownPoint(cell[0], from, point, to, expected, source);
    }

    private static GeoPoint reference(CoordinateSystem from, GeoPoint point, CoordinateSystem to) {
        if (from != CoordinateSystem.WGS84 || to == CoordinateSystem.WGS84) {
            throw new IllegalArgumentException("reference values exist only for forward conversions from WGS-84");
        }
        GeoPoint gcj = ReferenceFormulas.wgs84ToGcj02(point);
        return to == CoordinateSystem.GCJ02 ? gcj : ReferenceFormulas.gcj02ToBd09(gcj);
    }

    @Test
    void theTestSetCoversEverySourceAndTheDemoCities() {
        List<KnownPoint> points = knownPoints();
        assertThat(points).extracting(KnownPoint::name).contains("天安门", "外滩", "宿迁", "连云港", "淮南", "金华婺城", "东京");
        assertThat(points.stream().map(KnownPoint::name).distinct()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(points).extracting(KnownPoint::source)
                .contains("wandergis", "eviltransform", "pyxis", "reference", "identity");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownPoints")
    void convertsKnownPointsWithinOneMetre(KnownPoint known) {
        GeoPoint converted = known.from().convert(known.point(), known.to());

        assertThat(Distance.metres(converted, known.expected())).isLessThan(ONE_METRE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownPoints")
    void convertsTheExpectedValueBackToTheStartingPoint(KnownPoint known) {
        GeoPoint back = known.to().convert(known.expected(), known.from());

        assertThat(Distance.metres(back, known.point())).isLessThan(ONE_METRE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownPoints")
    void roundTripsBetweenEveryPairOfSystemsWellUnderOneMetre(KnownPoint known) {
        for (CoordinateSystem there : CoordinateSystem.values()) {
            GeoPoint away = known.from().convert(known.point(), there);
            GeoPoint back = there.convert(away, known.from());

            assertThat(Distance.metres(back, known.point())).as("via %s", there).isLessThan(ONE_CENTIMETRE);
        }
    }

    @Test
    void theOffsetsAreTheHundredsOfMetresMapUsersSeeInChina() {
        GeoPoint suqian = new GeoPoint(33.96, 118.28);

        double toGcj = Distance.metres(suqian, CoordinateSystem.WGS84.convert(suqian, CoordinateSystem.GCJ02));
        double toBd = Distance.metres(suqian, CoordinateSystem.WGS84.convert(suqian, CoordinateSystem.BD09));

        assertThat(toGcj).isBetween(100.0, 1000.0);
        assertThat(toBd).isBetween(toGcj, 2000.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wgs84", "GCJ02", " bd09 "})
    void parsesCodesWhateverTheirCase(String code) {
        assertThat(CoordinateSystem.parse(code).code()).isEqualTo(code.trim().toLowerCase());
    }

    @Test
    void refusesAnUnknownSystemNamingTheValidChoices() {
        assertThatThrownBy(() -> CoordinateSystem.parse("mercator"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.type()).isEqualTo(ProblemType.UNKNOWN_COORDINATE_SYSTEM);
                    assertThat(e.arguments()).containsExactly("mercator", "wgs84, gcj02, bd09");
                });
        assertThat(Stream.of((String) null, "", "wgs-84")).allSatisfy(text ->
                assertThatThrownBy(() -> CoordinateSystem.parse(text)).isInstanceOf(ProblemException.class));
    }
}
