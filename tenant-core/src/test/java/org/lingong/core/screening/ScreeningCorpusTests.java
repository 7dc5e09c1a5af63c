package org.lingong.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.TestTenants;
import org.lingong.core.jobs.ScreeningVerdict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The labelled corpus (src/test/resources/screening/corpus.tsv: hand-written gig postings, half clean with the hard
 * cases — 男装, 男女不限, 健康证, 收取住客押金 — half with problems) screened by the rules a new city is seeded with.
 * Precision and recall per category are printed; discrimination and fees must reach 0.95 and 0.90 (issue 16).
 */
class ScreeningCorpusTests extends TenantCoreTests {

    private static final Set<Category> GOAL = EnumSet.of(Category.AGE, Category.GENDER, Category.REGION,
            Category.ETHNICITY, Category.MARITAL_CHILDBEARING, Category.HEALTH, Category.FEES);

    @Autowired
    JdbcClient jdbc;

    record Posting(Set<String> labels, String title, String description) {
    }

    static List<Posting> corpus() throws IOException {
        List<Posting> postings = new ArrayList<>();
        try (InputStream in = ScreeningCorpusTests.class.getResourceAsStream("/screening/corpus.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                Set<String> labels = fields[0].equals("CLEAN") ? Set.of() : Set.of(fields[0].split(","));
                postings.add(new Posting(labels, fields[1], fields[2]));
            }
        }
        return postings;
    }

    @Test
    void theSeededRulesReachTheGoalOnTheCorpus() throws IOException {
        String city = TestTenants.uniqueCode();
        TestTenants.onboard(api(), city, "32", "321300");
        List<Rule> rules = jdbc.sql("select code, category, pattern, action, grounds_zh, grounds_en, enabled, "
                + "updated_at, updated_by from t_" + city + ".screening_rule where enabled").query(ScreeningRules::rule).list();
        Screener.Compiled engine = Screener.Compiled.of("corpus", rules);

        List<Posting> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(400);
        assertThat(corpus.stream().filter(posting -> posting.labels().isEmpty()).count())
                .isGreaterThanOrEqualTo(corpus.size() * 45L / 100);
        Map<Category, int[]> counts = new EnumMap<>(Category.class);
        List<String> misses = new ArrayList<>();
        for (Posting posting : corpus) {
            ScreeningVerdict verdict = engine.screen(posting.title() + "。" + posting.description());
            Set<String> found = new TreeSet<>();
            verdict.hits().forEach(hit -> found.add(hit.category()));
            for (Category category : Category.values()) {
                int[] count = counts.computeIfAbsent(category, c -> new int[3]);
                boolean expected = posting.labels().contains(category.name());
                boolean flagged = found.contains(category.name());
                if (expected || flagged) {
                    count[expected && flagged ? 0 : flagged ? 1 : 2]++; // true positive, false positive, missed
                }
            }
            if (!found.equals(new TreeSet<>(posting.labels()))) {
                misses.add(posting.labels() + " → " + found + "  " + posting.title() + "｜" + posting.description());
            }
        }
        StringBuilder table = new StringBuilder("\ncategory               postings  precision  recall\n");
        counts.forEach((category, count) -> table.append(String.format("%-22s %8d  %9.3f  %6.3f%n", category,
                count[0] + count[2], precision(count), recall(count))));
        System.out.println(table + "misses:\n  " + String.join("\n  ", misses));
        for (Category category : GOAL) {
            int[] count = counts.get(category);
            assertThat(precision(count)).as("precision of " + category + table).isGreaterThanOrEqualTo(0.95);
            assertThat(recall(count)).as("recall of " + category + table).isGreaterThanOrEqualTo(0.90);
        }
    }

    private static double precision(int[] count) {
        return count[0] + count[1] == 0 ? 1 : (double) count[0] / (count[0] + count[1]);
    }

    private static double recall(int[] count) {
        return count[0] + count[2] == 0 ? 1 : (double) count[0] / (count[0] + count[2]);
    }
}
