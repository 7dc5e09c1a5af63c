package org.lingong.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.lingong.core.Api;
import org.lingong.core.people.checks.CreditCode;
import tools.jackson.databind.node.ObjectNode;

/** Employers of other features' tests: a profile with its licence, approved from the queue like any employer. */
public final class TestEmployers {

    private TestEmployers() {
    }

    /** A real image of the given format ("png" or "jpg"), as a phone's photo of a licence would be. */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A company profile with this name and a valid credit code made from its first 17 characters. */
    public static ObjectNode profile(String legalName, String first17) {
        return Api.JSON.createObjectNode().put("legalName", legalName)
                .put("creditCode", first17 + CreditCode.checkCharacter(first17)).put("contactName", "王经理")
                .put("contactPhone", "13712345678").put("legalRepresentative", "李法人");
    }

    /** Saves the profile (a legal representative added if missing), uploads a licence, approves it; its id. */
    public static String verified(Api api, String employer, String staff, Map<String, String> in, ObjectNode profile) {
        if (!profile.has("legalRepresentative")) {
            profile.put("legalRepresentative", "李法人");
        }
        api.call("PUT", "/api/v1/employers/me", employer, in, profile).expect(200);
        Map<String, String> asImage = new HashMap<>(in);
        asImage.put("Content-Type", "image/png");
        String id = api.call("PUT", "/api/v1/employers/me/licence", employer, asImage, image("png", 8, 8))
                .expect(200).body().get("id").asString();
        assertThat(api.call("POST", "/api/v1/employers/" + id + "/verification", staff, in,
                Map.of("decision", "APPROVE")).expect(200).body().get("status").asString()).isEqualTo("VERIFIED");
        return id;
    }
}
