package org.lingong.search.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The two bundles must not drift apart: same keys, nothing blank, Chinese text in the Chinese one. */
class MessagesTests {

    private static final List<String> CODES = List.of("tenant-required", "invalid-tenant-code", "tenant-forbidden",
            "search-unavailable", "identity-unavailable", "unauthorized", "forbidden", "not-found",
            "internal-server-error", "job-rejected", "inconsistent-job-event", "invalid-reindex-run",
            "invalid-parameter", "missing-parameter", "conflicting-parameters", "unknown-category");

    private final Properties zh = load("messages.properties");
    private final Properties en = load("messages_en.properties");

    @Test
    void bundlesHaveTheSameKeys() {
        assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
    }

    @Test
    void everyProblemCodeHasATitleAndDetailInBothLanguages() {
        for (String code : CODES) {
            for (String part : List.of(".title", ".detail")) {
                String key = "problem." + code + part;
                assertThat(zh.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
                assertThat(en.getProperty(key)).as(key).isNotBlank().doesNotContainPattern("\\p{IsHan}");
            }
        }
    }

    @Test
    void everyEntryIsFilledAndEveryDetailHasATitle() {
        for (String key : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            if (key.endsWith(".detail")) {
                assertThat(zh).containsKey(key.replace(".detail", ".title"));
            }
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(name).getInputStream();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + name, e);
        }
        return properties;
    }
}
