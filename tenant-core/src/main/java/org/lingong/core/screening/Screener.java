package org.lingong.core.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.lingong.core.jobs.PostingScreen;
import org.lingong.core.jobs.ScreeningVerdict;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening engine: the city's enabled rules compiled once (and again whenever they change, on any replica) into
 * a table from a sequence's first word to the sequences starting with it, so a posting's words are looked up once
 * each rather than tried against every rule.
 */
@Service
class Screener implements PostingScreen {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

    Screener(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ScreeningVerdict screen(String title, String description, String requirements) {
        StringBuilder text = new StringBuilder(title == null ? "" : title);
        for (String part : new String[] {description, requirements}) {
            if (part != null && !part.isBlank()) {
                text.append('。').append(part);
            }
        }
        return compiled().screen(text.toString());
    }

    @Override
    public void held(UUID jobId, String title, ScreeningVerdict verdict) {
        jdbc.sql("insert into posting_review (job_id, title, hits, held_at) values (?, ?, ?::jsonb, ?) "
                        + "on conflict (job_id) do update set title = excluded.title, hits = excluded.hits, "
                        + "held_at = excluded.held_at, decision = null, decided_by = null, decided_at = null, reason = null")
                .params(jobId, title, json.writeValueAsString(verdict.hits()), Timestamp.from(clock.instant()))
                .update();
    }

    /** The current city's rules as compiled, recompiled when a rule was added or changed since. */
    private Compiled compiled() {
        String revision = jdbc.sql("select count(*) || '/' || coalesce(max(updated_at)::text, '') from screening_rule")
                .query(String.class).single();
        String tenant = CurrentTenant.require().toString();
        Compiled current = cache.get(tenant);
        if (current != null && current.revision().equals(revision)) {
            return current;
        }
        List<Rule> rules = jdbc.sql("select code, category, pattern, action, grounds_zh, grounds_en, enabled, "
                        + "updated_at, updated_by from screening_rule where enabled order by code")
                .query(ScreeningRules::rule).list();
        Compiled fresh = Compiled.of(revision, rules);
        cache.put(tenant, fresh);
        return fresh;
    }

    /** Rules ready to match: by the first word of each sequence, and the few sequences starting with a number. */
    record Compiled(String revision, List<Rule> rules, List<RulePattern> patterns,
                    Map<String, List<Entry>> byFirstWord, List<Entry> byNumber) {

        record Entry(int rule, List<RulePattern.Element> elements) {
        }

        static Compiled of(String revision, List<Rule> rules) {
            List<RulePattern> patterns = new ArrayList<>();
            Map<String, List<Entry>> byFirstWord = new HashMap<>();
            List<Entry> byNumber = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                RulePattern pattern = RulePattern.compile(rules.get(i).pattern());
                patterns.add(pattern);
                for (RulePattern.Sequence sequence : pattern.sequences()) {
                    Entry entry = new Entry(i, sequence.elements());
                    if (sequence.elements().getFirst() instanceof RulePattern.Words first) {
                        // Indexed by first character: a term may start a longer word's run (保证 of 保证金).
                        first.terms().stream().map(term -> term.substring(0, 1)).distinct().forEach(initial ->
                                byFirstWord.computeIfAbsent(initial, w -> new ArrayList<>()).add(entry));
                    } else {
                        byNumber.add(entry);
                    }
                }
            }
            return new Compiled(revision, rules, patterns, byFirstWord, byNumber);
        }

        ScreeningVerdict screen(String text) {
            Segmenter.Segmented segmented = Segmenter.segment(text);
            List<Segmenter.Token> tokens = segmented.tokens();
            Map<Integer, Set<String>> found = new LinkedHashMap<>();
            for (int at = 0; at < tokens.size(); at++) {
                String word = tokens.get(at).word();
                List<Entry> candidates = byFirstWord.getOrDefault(word.substring(0, 1), List.of());
                List<Entry> numeric = RulePattern.number(word) >= 0 ? byNumber : List.of();
                for (List<Entry> list : List.of(candidates, numeric)) {
                    for (Entry entry : list) {
                        int start = at;
                        RulePattern.match(entry.elements(), 0, tokens, at, end -> {
                            if (end > start && !patterns.get(entry.rule()).exempts(tokens, start)) {
                                found.computeIfAbsent(entry.rule(), r -> new LinkedHashSet<>()).add(
                                        words(segmented.text(), tokens, start, end));
                            }
                        });
                    }
                }
            }
            List<ScreeningVerdict.Hit> hits = new ArrayList<>();
            found.forEach((index, words) -> {
                Rule rule = rules.get(index);
                hits.add(new ScreeningVerdict.Hit(rule.code(), rule.category().name(), String.join("、", words),
                        rule.action(), rule.groundsZh(), rule.groundsEn()));
            });
            return ScreeningVerdict.of(hits);
        }

        /** The matched words as the poster wrote them (folded), without punctuation at either end. */
        private static String words(String text, List<Segmenter.Token> tokens, int start, int end) {
            while (start < end - 1 && tokens.get(start).word().equals(Segmenter.PUNCTUATION)) {
                start++;
            }
            while (end - 1 > start && tokens.get(end - 1).word().equals(Segmenter.PUNCTUATION)) {
                end--;
            }
            return text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
        }
    }
}
