package org.lingong.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import tools.jackson.databind.JsonNode;

/** A city's logo uploaded as a file: checked by its bytes, kept in PostgreSQL, served to anyone with an ETag. */
class TenantLogoTests extends TenantCoreTests {

    private static final String UPLOAD = "/api/v1/tenant/branding/logo";
    private static final String LOGO = "/api/v1/tenant/logo";

    private static String city;
    private static String admin;
    private static String otherAdmin;

    @BeforeEach
    void twoCities() {
        if (city == null) {
            city = TestTenants.uniqueCode();
            admin = TestTenants.onboard(api(), city, "32", "321300");
            String other = TestTenants.uniqueCode();
            otherAdmin = TestTenants.onboard(api(), other, "32", "321300");
        }
    }

    private static Map<String, String> as(String contentType) {
        return Map.of("X-Lingong-Tenant", city, "Content-Type", contentType);
    }

    private Api.Response upload(String token, String contentType, byte[] bytes) {
        return api().call("PUT", UPLOAD, token, as(contentType), bytes);
    }

    static byte[] png(Color colour) {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = image.createGraphics();
        paint.setColor(colour);
        paint.fillRect(0, 0, 64, 32);
        paint.dispose();
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private String logoUrl() {
        return api().get("/api/v1/tenant", null, Map.of("X-Lingong-Tenant", city)).body().at("/branding/logoUrl")
                .asString(null);
    }

    @Test
    void aCityAdminUploadsAPngThatAnyoneFetchesWithAnETagAndThe304() {
        byte[] logo = png(new Color(200, 16, 46));
        Api.Response uploaded = upload(admin, "image/png", logo).expect(200);
        String address = uploaded.body().at("/branding/logoUrl").asString();
        assertThat(address).startsWith("http://localhost:8080/t/" + city + "/api/v1/tenant/logo?v=");
        assertThat(logoUrl()).isEqualTo(address);
        assertThat(uploaded.body().at("/branding/brandName").asString()).as("the rest of the branding stays")
                .isEqualTo("测试零工");

        HttpResponse<byte[]> served = api().download(LOGO, null, Map.of("X-Lingong-Tenant", city));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(logo);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String etag = served.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> unchanged = api().download(LOGO, null,
                Map.of("X-Lingong-Tenant", city, "If-None-Match", etag));
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().firstValue("ETag")).hasValue(etag);

        // A new logo: a new address (so no cache shows the old one) and a new ETag.
        String second = upload(admin, "image/png", png(Color.BLUE)).expect(200).body().at("/branding/logoUrl").asString();
        assertThat(second).isNotEqualTo(address);
        assertThat(api().download(LOGO, null, Map.of("X-Lingong-Tenant", city, "If-None-Match", etag)).statusCode())
                .isEqualTo(200);
        JsonNode audit = api().get("/api/v1/audit-events", admin, Map.of("X-Lingong-Tenant", city)).body();
        assertThat(audit.get("items").valueStream().map(e -> e.get("action").asString())).contains("tenant.logo.uploaded");

        JsonNode removed = api().call("DELETE", UPLOAD, admin, Map.of("X-Lingong-Tenant", city), null).expect(200).body();
        assertThat(removed.at("/branding/logoUrl").isNull()).isTrue();
        assertThat(logoUrl()).isNull();
        api().get(LOGO, null, Map.of("X-Lingong-Tenant", city)).expectProblem(404, "logo-not-found");
        api().call("DELETE", UPLOAD, admin, Map.of("X-Lingong-Tenant", city), null).expectProblem(404, "logo-not-found");
    }

    @Test
    void otherTypesSvgAndBytesThatBelieTheirTypeAreRefusedIn415() throws Exception {
        String before = logoUrl();
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Api.Response gif = upload(admin, "image/gif", encode(image, "gif"));
        gif.expectProblem(415, "logo-unsupported-type");
        assertThat(gif.body().at("/titles/zh").asString()).isEqualTo("不支持的标志图片格式");
        assertThat(gif.body().at("/titles/en").asString()).isEqualTo("Unsupported logo format");

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        upload(admin, "image/svg+xml", svg).expectProblem(415, "logo-svg-refused");
        // The header claims PNG; the bytes are a JPEG, an SVG, a GIF.
        upload(admin, "image/png", encode(image, "jpg")).expectProblem(415, "logo-content-mismatch");
        upload(admin, "image/png", svg).expectProblem(415, "logo-content-mismatch");
        upload(admin, "image/webp", encode(image, "gif")).expectProblem(415, "logo-content-mismatch");
        // A JPEG declared as one passes, with parameters and capitals in the header.
        upload(admin, "image/JPEG; q=1", encode(image, "jpg")).expect(200);
        api().call("DELETE", UPLOAD, admin, Map.of("X-Lingong-Tenant", city), null).expect(200);

        assertThat(logoUrl()).isEqualTo(before);
    }

    @Test
    void anEmptyBodyIs400AndMoreThan256KbIs413() {
        upload(admin, "image/png", new byte[0]).expectProblem(400, "logo-empty");
        byte[] large = new byte[256 * 1024 + 1];
        ThreadLocalRandom.current().nextBytes(large);
        System.arraycopy(png(Color.RED), 0, large, 0, 8);
        Api.Response tooLarge = upload(admin, "image/png", large);
        tooLarge.expectProblem(413, "logo-too-large");
        assertThat(tooLarge.body().get("detail").asString()).contains("256 KB");
        api().get(LOGO, null, Map.of("X-Lingong-Tenant", city)).expectProblem(404, "logo-not-found");
    }

    @Test
    void anotherCitysAdminAndAnonymousCallersCannotUploadOrRemove() {
        byte[] logo = png(Color.GREEN);
        upload(otherAdmin, "image/png", logo).expectProblem(403, "tenant-forbidden");
        upload(null, "image/png", logo).expectProblem(401, "authentication-required");
        api().call("DELETE", UPLOAD, null, Map.of("X-Lingong-Tenant", city), null).expectProblem(401, "authentication-required");
        api().call("DELETE", UPLOAD, otherAdmin, Map.of("X-Lingong-Tenant", city), null)
                .expectProblem(403, "tenant-forbidden");
        String worker = Api.userToken("worker-zhang", "demo");
        upload(worker, "image/png", logo).expectProblem(403, "forbidden");
        api().get(LOGO, null, Map.of("X-Lingong-Tenant", city)).expectProblem(404, "logo-not-found");
    }
}
