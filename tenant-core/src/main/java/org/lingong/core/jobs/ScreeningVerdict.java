package org.lingong.core.jobs;

import java.util.Comparator;
import java.util.List;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;

/**
 * What screening found in a posting: each rule that matched, and the strictest of their actions. A blocked posting is
 * refused, a held one stored but not published until a reviewer approves it, a warned one published with its
 * warnings shown to the poster.
 */
public record ScreeningVerdict(Action action, List<Hit> hits) {

    public static final ScreeningVerdict PASS = new ScreeningVerdict(Action.PASS, List.of());

    /** In rising strictness. */
    public enum Action { PASS, WARN, HOLD, BLOCK }

    /** One rule that matched: which words in the text, and the law or policy that forbids them. */
    public record Hit(String rule, String category, String words, Action action, String groundsZh, String groundsEn) {
    }

    public static ScreeningVerdict of(List<Hit> hits) {
        return new ScreeningVerdict(hits.stream().map(Hit::action).max(Comparator.naturalOrder()).orElse(Action.PASS),
                List.copyOf(hits));
    }

    public boolean holds() {
        return action == Action.HOLD;
    }

    /** Refuses a blocked posting with its reasons: 422 {@code posting-blocked}, the hits as {@code reasons}. */
    void refuseIfBlocked() {
        if (action == Action.BLOCK) {
            throw new ProblemException(ProblemType.POSTING_BLOCKED, hits.stream()
                    .filter(hit -> hit.action() == Action.BLOCK).map(Hit::words).distinct()
                    .reduce((a, b) -> a + "、" + b).orElse("")).with("reasons", hits);
        }
    }
}
