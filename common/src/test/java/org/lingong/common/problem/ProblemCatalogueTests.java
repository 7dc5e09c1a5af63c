package org.lingong.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lingong.common.i18n.Languages;
import org.springframework.http.ProblemDetail;

/**
 * The catalogue is complete and documented: every type has a Chinese and an English title, the bundles hold nothing
 * else, every text renders, and {@code docs/problems.md} is what the catalogue says. After an intended change, run
 * with {@code -Dproblems.update=true} to rewrite the document (and review the diff).
 */
class ProblemCatalogueTests {

    private static final Path SOURCE = Path.of("src/main/java/org/lingong/common/problem/ProblemType.java");
    private static final Path DOCUMENT = Path.of("../docs/problems.md");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final Properties zh = bundle("problems.properties");
    private final Properties en = bundle("problems_en.properties");
    private final Problems problems = new Problems();

    @Test
    void everyTypeHasTitlesInBothLanguagesAndTheBundlesHoldNothingElse() {
        Set<String> keys = Arrays.stream(ProblemType.values())
                .flatMap(type -> List.of(type.slug() + ".title", type.slug() + ".detail").stream())
                .collect(Collectors.toSet());
        assertThat(keys).containsAll(zh.stringPropertyNames());
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (ProblemType type : ProblemType.values()) {
            String title = type.slug() + ".title";
            assertThat(zh.getProperty(title)).as(title).isNotBlank().containsPattern(HAN);
            assertThat(en.getProperty(title)).as(title).isNotBlank().doesNotContainPattern(HAN);
        }
        assertThat(zh.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void everyTextRendersWithItsArgumentsAndKeepsItsApostrophes() {
        // Texts are MessageFormat patterns: an ASCII apostrophe would start a quote and vanish (write ’ instead).
        assertThat(zh.values()).noneMatch(text -> text.toString().contains("'"));
        assertThat(en.values()).noneMatch(text -> text.toString().contains("'"));
        // Numbers, because some texts format theirs ({0,number,#}); they print as text elsewhere.
        Object[] arguments = {1, 2, 3, 4};
        for (ProblemType type : ProblemType.values()) {
            ProblemDetail detail = problems.detail(new ProblemException(type, arguments), Languages.ENGLISH, null,
                    null);
            assertThat(detail.getTitle() + " " + detail.getDetail()).as(type.slug()).doesNotContainPattern("\\{\\d");
        }
    }

    @Test
    void slugsAreDistinctAndWellFormed() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug))
                .doesNotHaveDuplicates()
                .allMatch(slug -> slug.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"));
    }

    @Test
    void theDocumentListsTheCatalogue() throws IOException {
        String rendered = document();
        if (Boolean.getBoolean("problems.update")) {
            Files.writeString(DOCUMENT, rendered);
        }
        assertThat(Files.exists(DOCUMENT)).as(DOCUMENT + " exists (run with -Dproblems.update=true)").isTrue();
        assertThat(Files.readString(DOCUMENT)).as("docs/problems.md is stale: run the common module's tests with "
                + "-Dproblems.update=true and review the diff").isEqualTo(rendered);
    }

    /** docs/problems.md: the scheme, then each section of the enum as a table. */
    private String document() throws IOException {
        StringBuilder out = new StringBuilder("""
                # Problem types

                Every error of every service — gateway, tenant-core, search — is RFC 9457 problem JSON
                (`application/problem+json`) built by one implementation in `common` (`org.lingong.common.problem`):

                ```json
                {"type": "https://lingong.org.cn/problems/job-full", "title": "手慢了，岗位名额已满", "status": 409,
                 "detail": "…", "instance": "/api/v1/jobs/…/grab", "titles": {"zh": "…", "en": "…"},
                 "requestId": "…", "errors": [{"field": "…", "message": "…"}]}
                ```

                - `type` is stable: clients switch on its last segment, the slug below. One refusal has one slug on
                  every service.
                - `title` (and `detail`) are in the request's language: Chinese unless `Accept-Language` prefers
                  English; `titles` always carries both.
                - `errors` lists the fields or query parameters at fault, when there are any.
                - `requestId` is the `X-Request-Id` of the request, for support.
                - Framework errors keep their status and get the type for it (404 `not-found`, 405
                  `method-not-allowed`, 415 `unsupported-media-type`, any other 4xx `invalid-request`, …).

                This page is generated from `ProblemType` and its bundles (`problems.properties`,
                `problems_en.properties`) by `ProblemCatalogueTests`; do not edit it by hand.
                """);
        String section = null;
        int rows = 0;
        Matcher lines = Pattern.compile("(?m)^ {4}// (.+)$|^ {4}([A-Z][A-Z0-9_]*)\\(HttpStatus\\.").matcher(
                Files.readString(SOURCE));
        while (lines.find()) {
            if (lines.group(1) != null) {
                section = lines.group(1);
                out.append("\n## ").append(section).append("\n\n| type | status | 标题 | title |\n|---|---|---|---|\n");
                continue;
            }
            ProblemType type = ProblemType.valueOf(lines.group(2));
            rows++;
            out.append("| `").append(type.slug()).append("` | ").append(type.status().value()).append(" | ")
                    .append(cell(zh.getProperty(type.slug() + ".title"))).append(" | ")
                    .append(cell(en.getProperty(type.slug() + ".title"))).append(" |\n");
        }
        assertThat(section).as("sections of " + SOURCE).isNotNull();
        assertThat(rows).as("every constant of " + SOURCE + " is listed").isEqualTo(ProblemType.values().length);
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = ProblemType.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(name, e);
        }
        return properties;
    }
}
