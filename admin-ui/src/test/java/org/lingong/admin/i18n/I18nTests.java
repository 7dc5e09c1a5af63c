package org.lingong.admin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lingong.common.tenant.Roles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the two bundles in step with each other and with the code: same keys, no blank texts, every key the code asks
 * for present, and no label written into the code instead of the bundles.
 */
class I18nTests {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    /**
     * A whole literal key handed to {@code getTranslation("…")} or {@code I18NProvider.translate("…")}. Keys built at
     * run time ({@code "role." + role}) are checked by family below.
     */
    private static final Pattern TRANSLATION_KEY =
            Pattern.compile("(?:getTranslation|translate)\\(\\s*\"([^\"]+)\"\\s*[,)]");

    /** GB/T 2260 province-level divisions: a province admin's {@code province} claim is one of these. */
    private static final List<String> PROVINCE_CODES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31",
            "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61",
            "62", "63", "64", "65", "71", "81", "82");

    /** Visible text written as a literal: into a text-bearing component or setter, or a fixed page title. */
    private static final Pattern HARD_CODED_LABEL = Pattern.compile(
            "(?:new\\s+(?:Span|H[1-6]|Paragraph|Button|Text|Anchor|Badge|NativeLabel|SideNavItem|Tab|Details|Avatar)"
                    + "|\\.(?:setText|setTitle|setSubtitle|setLabel|setPlaceholder|setHelperText|setTooltipText"
                    + "|setAriaLabel|setHeaderTitle|show)"
                    + "|@PageTitle)\\s*\\(\\s*\"[^\"]*\\p{L}"
                    + "|\\.addFormItem\\([^;]*,\\s*\"[^\"]*\\p{L}");

    private static final Pattern HAN_IN_LITERAL = Pattern.compile("\"[^\"\\n]*\\p{IsHan}[^\"\\n]*\"");

    private final Map<String, String> chinese = bundle("messages.properties");
    private final Map<String, String> english = bundle("messages_en.properties");

    @Test
    void bundlesHaveTheSameKeys() {
        assertThat(english.keySet()).as("keys of messages_en.properties").isEqualTo(chinese.keySet());
    }

    @Test
    void noTextIsBlank() {
        assertThat(blankKeys(chinese)).as("blank in messages.properties").isEmpty();
        assertThat(blankKeys(english)).as("blank in messages_en.properties").isEmpty();
    }

    @Test
    void chineseBundleIsChinese() {
        // A text copied from the English bundle untranslated would pass the key checks; most texts have Han characters.
        List<String> latinOnly = chinese.entrySet().stream()
                .filter(entry -> !entry.getKey().startsWith("language."))
                .filter(entry -> !Pattern.compile("\\p{IsHan}").matcher(entry.getValue()).find())
                .map(Map.Entry::getKey)
                .toList();
        assertThat(latinOnly).as("keys whose Chinese text has no Chinese").isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesIsInBothBundles() {
        List<String> used = sources().flatMap(source -> matches(TRANSLATION_KEY, source.text()).stream()).toList();

        assertThat(used).as("translation keys found in src/main/java").isNotEmpty();
        assertThat(used).allSatisfy(key -> {
            assertThat(chinese).as("messages.properties").containsKey(key);
            assertThat(english).as("messages_en.properties").containsKey(key);
        });
    }

    @Test
    void everyRoleLanguageAndProvinceHasALabel() {
        List<String> keys = new ArrayList<>();
        Roles.ALL.forEach(role -> keys.add("role." + role));
        keys.add("role.none");
        UiLocales.ALL.forEach(locale -> keys.add("language." + locale.toLanguageTag()));
        PROVINCE_CODES.forEach(code -> keys.add("province." + code));

        assertThat(chinese).containsKeys(keys.toArray(String[]::new));
        assertThat(english).containsKeys(keys.toArray(String[]::new));
    }

    @Test
    void labelledRolesAreTheRealmRoles() {
        assertThat(realmRoles()).as("platform roles in the Keycloak realm").containsExactlyInAnyOrderElementsOf(Roles.ALL);
    }

    @Test
    void codeWritesNoLabels() {
        List<String> offences = sources()
                .flatMap(source -> Stream.concat(
                                matches(HARD_CODED_LABEL, source.text(), 0).stream(),
                                matches(HAN_IN_LITERAL, source.text(), 0).stream())
                        .map(offence -> source.path() + ": " + offence))
                .toList();
        assertThat(offences).as("labels in code instead of messages*.properties").isEmpty();
    }

    @Test
    void labelCheckRecognisesLabels() {
        assertThat(matches(HARD_CODED_LABEL, "add(new Span(\"Welcome\"));", 0)).hasSize(1);
        assertThat(matches(HARD_CODED_LABEL, "button.setText(\"Save\");", 0)).hasSize(1);
        assertThat(matches(HARD_CODED_LABEL, "form.addFormItem(field, \"Name\");", 0)).hasSize(1);
        assertThat(matches(HAN_IN_LITERAL, "String title = \"欢迎\";", 0)).hasSize(1);
        assertThat(matches(HARD_CODED_LABEL, "new Span(getTranslation(\"app.brand\"))", 0)).isEmpty();
        assertThat(matches(HARD_CODED_LABEL, "new Span(user.username())", 0)).isEmpty();
    }

    private record Source(Path path, String text) {
    }

    private static Stream<Source> sources() {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList().stream()
                    .map(path -> new Source(path, read(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        return matches(pattern, text, 1);
    }

    private static List<String> matches(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }

    private static List<String> blankKeys(Map<String, String> bundle) {
        return bundle.entrySet().stream().filter(entry -> entry.getValue().isBlank()).map(Map.Entry::getKey).toList();
    }

    private static Map<String, String> bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = I18nTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(key -> key, properties::getProperty, (a, b) -> a, TreeMap::new));
    }

    /** The realm roles of {@code lingong-realm.json}, without Keycloak's own. */
    private static Set<String> realmRoles() {
        try (InputStream in = I18nTests.class.getResourceAsStream("/keycloak/lingong-realm.json")) {
            assertThat(in).as("realm file from dev-stack").isNotNull();
            JsonNode realm = JsonMapper.shared().readTree(in);
            return realm.get("roles").get("realm").values().stream()
                    .map(role -> role.get("name").stringValue())
                    .filter(name -> !name.startsWith("default-roles-")
                            && !Set.of("offline_access", "uma_authorization").contains(name))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
