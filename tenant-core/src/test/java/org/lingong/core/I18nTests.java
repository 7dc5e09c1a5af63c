package org.lingong.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
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
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every message bundle of tenant-core (one per feature, {@code messages-<feature>.properties} and its
 * {@code _en}) in step with the other language, with the code and with the bundles the service loads: same keys,
 * nothing blank, the Chinese really Chinese and the English not, every key the code asks for present, no key that
 * nothing asks for. Problem texts are common's catalogue and have their own test there.
 */
class I18nTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");

    /** The contract document is the legal text: Chinese in every language, so its bundle has no English keys. */
    private static final Set<String> CHINESE_ONLY = Set.of("messages-contracts");

    /** Keys made at run time from an enum's constants: every constant needs its text. */
    private static final Map<String, String> ENUM_FAMILIES = Map.of(
            "contracts.wage-unit.", "org.lingong.core.jobs.WageUnit",
            "notifications.unit.", "org.lingong.core.jobs.WageUnit",
            "contracts.insurance-type.", "org.lingong.core.insurance.InsuranceType",
            "contracts.insurance-payer.", "org.lingong.core.insurance.PremiumPayer",
            "contracts.pdf.status.", "org.lingong.core.contracts.ContractStatus",
            "network.kind.", "org.lingong.core.network.CarrierKind",
            "network.coverage.", "org.lingong.core.network.CoverageMeasure",
            "people.priorityGroup.", "org.lingong.core.people.PriorityGroup");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A Bean Validation message taken from the bundles: {@code message = "{jobs.category}"}. */
    private static final Pattern VALIDATION_KEY = Pattern.compile("\"\\{([A-Za-z0-9_.-]+)}\"");

    private final Map<String, Bundle> bundles = bundles();

    private record Bundle(String name, Map<String, String> chinese, Map<String, String> english) {
    }

    @Test
    void everyBundleIsLoaded() {
        assertThat(bundles).as("messages*.properties under " + RESOURCES).hasSizeGreaterThan(5);
        String application = read(RESOURCES.resolve("application.yaml"));
        Matcher basenames = Pattern.compile("basename: (\\S+)").matcher(application);
        assertThat(basenames.find()).as("spring.messages.basename in application.yaml").isTrue();
        assertThat(Set.of(basenames.group(1).split(","))).as("bundles the service loads")
                .containsExactlyInAnyOrderElementsOf(bundles.keySet());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        bundles.values().forEach(bundle -> {
            if (CHINESE_ONLY.contains(bundle.name())) {
                assertThat(bundle.english()).as(bundle.name() + "_en.properties (Chinese only)").isEmpty();
            } else {
                assertThat(bundle.english().keySet()).as("keys of " + bundle.name() + "_en.properties")
                        .isEqualTo(bundle.chinese().keySet());
            }
        });
    }

    @Test
    void noTextIsBlank() {
        bundles.values().forEach(bundle -> {
            assertThat(blank(bundle.chinese())).as("blank in " + bundle.name() + ".properties").isEmpty();
            assertThat(blank(bundle.english())).as("blank in " + bundle.name() + "_en.properties").isEmpty();
        });
    }

    @Test
    void chineseIsChineseAndEnglishIsNot() {
        // A text copied into the other bundle untranslated passes the key checks.
        bundles.values().forEach(bundle -> {
            assertThat(keys(bundle.chinese(), text -> !HAN.matcher(text).find()))
                    .as("texts without Chinese in " + bundle.name() + ".properties").isEmpty();
            assertThat(keys(bundle.english(), text -> HAN.matcher(text).find()))
                    .as("texts with Chinese in " + bundle.name() + "_en.properties").isEmpty();
        });
    }

    @Test
    void everyKeyTheCodeAsksForExistsAndNoOtherKey() {
        Set<String> known = bundles.values().stream().flatMap(bundle -> bundle.chinese().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> asked = askedFor(known);
        List<String> whole = asked.stream().filter(key -> !key.endsWith(".")).toList();
        List<String> families = asked.stream().filter(key -> key.endsWith(".")).toList();

        assertThat(whole).as("keys in src/main/java").isNotEmpty();
        assertThat(whole).as("keys the code asks for").allSatisfy(key -> assertThat(known).contains(key));
        assertThat(families).as("key families the code builds").allSatisfy(family ->
                assertThat(known).anySatisfy(key -> assertThat(key).startsWith(family)));
        assertThat(known).as("keys nothing asks for").allSatisfy(key -> assertThat(
                whole.contains(key) || families.stream().anyMatch(key::startsWith)).as(key).isTrue());
    }

    @Test
    void everyConstantOfAKeyFamilyHasItsText() throws ClassNotFoundException {
        Map<String, String> chinese = new TreeMap<>();
        bundles.values().forEach(bundle -> chinese.putAll(bundle.chinese()));
        for (Map.Entry<String, String> family : ENUM_FAMILIES.entrySet()) {
            for (Object constant : Class.forName(family.getValue()).getEnumConstants()) {
                assertThat(chinese).as(family.getValue()).containsKey(family.getKey() + ((Enum<?>) constant).name());
            }
        }
    }

    @Test
    void keysAreFoundInCodeButAuditActionsAreNot() {
        Set<String> known = Set.of("jobs.category", "network.kind.MARKET", "region.created");
        assertThat(askedFor(known, "@Pattern(message = \"{jobs.category}\")")).containsExactly("jobs.category");
        assertThat(askedFor(known, "text(\"network.kind.\" + kind, locale)")).containsExactly("network.kind.");
        assertThat(askedFor(known, "audit.record(\"region.created\", code, null)")).isEmpty();
    }

    /** Literal keys (and key prefixes ending in a dot) of the bundles' families in the main sources. */
    private static List<String> askedFor(Set<String> known) {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            String code = files.filter(path -> path.toString().endsWith(".java")).map(I18nTests::read)
                    .collect(Collectors.joining("\n"));
            return askedFor(known, code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> askedFor(Set<String> known, String code) {
        Set<String> roots = known.stream().map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());
        // An audit action ("region.created") looks like a key but is written to the trail as it is.
        Pattern literal = Pattern.compile("(?<!record\\()\"((?:" + roots.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\.[A-Za-z0-9_.-]*)\"");
        List<String> found = new ArrayList<>();
        Matcher keys = literal.matcher(code);
        while (keys.find()) {
            found.add(keys.group(1));
        }
        Matcher validation = VALIDATION_KEY.matcher(code);
        while (validation.find()) {
            found.add(validation.group(1));
        }
        return found.stream().distinct().toList();
    }

    private static Map<String, Bundle> bundles() {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("messages(-[a-z]+)?\\.properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .collect(Collectors.toMap(name -> name, name -> new Bundle(name, load(name + ".properties"),
                            load(name + "_en.properties")), (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> load(String file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is missing beside its other language", e);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(key -> key, properties::getProperty, (a, b) -> a, TreeMap::new));
    }

    private static List<String> blank(Map<String, String> bundle) {
        return keys(bundle, String::isBlank);
    }

    private static List<String> keys(Map<String, String> bundle, Predicate<String> matching) {
        return bundle.entrySet().stream().filter(entry -> matching.test(entry.getValue())).map(Map.Entry::getKey)
                .toList();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
