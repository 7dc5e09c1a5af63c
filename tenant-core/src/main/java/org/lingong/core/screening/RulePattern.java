package org.lingong.core.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's pattern over segmented words, one alternative a line; written by city staff, so every mistake is refused
 * with a message when the rule is saved. A line is a sequence of elements, separated by spaces:
 * <ul>
 * <li>{@code 限|仅限} — one of these, as whole words: 仅限 is the word 仅限 or the words 仅 and 限 in a row, never
 * part of a longer word;</li>
 * <li>{@code #} — a number (Arabic or Chinese numerals); {@code #18-59} — a number in that range;</li>
 * <li>{@code ~} — up to three words in between, within one clause (not across punctuation);</li>
 * <li>{@code !女|女性} — what follows (if anything) is none of these; it is not consumed;</li>
 * <li>{@code ,} — a punctuation mark.</li>
 * </ul>
 * A line starting with {@code -} lists exempting words: a match in a clause holding any of them does not count
 * ("不收取任何押金").
 */
final class RulePattern {

    static final int MAX_GAP = 3;
    private static final Pattern RANGE = Pattern.compile("#(?:(\\d{1,11})-(\\d{1,11}))?");
    private static final String CHINESE_DIGITS = "零一二三四五六七八九";

    sealed interface Element permits Words, Number, Gap, Not {
    }

    /**
     * Alternatives: each matches a run of whole words that spells it — 保证金 is the word 保证金 in one text and 保证 /
     * 金 in another, but never the start of a longer word (男 is not in 男装).
     */
    record Words(List<String> terms) implements Element {

        /** How many words the first matching term covers from here, or -1 when none does. */
        int lengthAt(List<Segmenter.Token> tokens, int at) {
            for (String term : terms) {
                int length = spelled(term, tokens, at);
                if (length > 0) {
                    return length;
                }
            }
            return -1;
        }

        /** How many words from {@code at} spell the term exactly, or -1. */
        static int spelled(String term, List<Segmenter.Token> tokens, int at) {
            int covered = 0;
            for (int i = at; i < tokens.size() && covered < term.length(); i++) {
                String word = tokens.get(i).word();
                if (!term.startsWith(word, covered)) {
                    return -1;
                }
                covered += word.length();
                if (covered == term.length()) {
                    return i - at + 1;
                }
            }
            return -1;
        }
    }

    record Number(long min, long max) implements Element {
    }

    record Gap() implements Element {
    }

    record Not(Words words) implements Element {
    }

    /** One line: what it must see, in order. */
    record Sequence(List<Element> elements) {
    }

    private final List<Sequence> sequences;
    private final Words exempting;

    private RulePattern(List<Sequence> sequences, Words exempting) {
        this.sequences = sequences;
        this.exempting = exempting;
    }

    List<Sequence> sequences() {
        return sequences;
    }

    /** The exempting words, or none. */
    Words exempting() {
        return exempting;
    }

    /** Whether the clause (the words between punctuation) around this word holds an exempting word. */
    boolean exempts(List<Segmenter.Token> tokens, int at) {
        if (exempting.terms().isEmpty()) {
            return false;
        }
        int start = at;
        while (start > 0 && !tokens.get(start - 1).word().equals(Segmenter.PUNCTUATION)) {
            start--;
        }
        for (int i = start; i < tokens.size() && !tokens.get(i).word().equals(Segmenter.PUNCTUATION); i++) {
            if (exempting.lengthAt(tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Compiles a pattern; refuses one that could never match as written, saying why. */
    static RulePattern compile(String text) {
        List<Sequence> sequences = new ArrayList<>();
        StringBuilder exempting = new StringBuilder();
        for (String raw : text.strip().split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("-")) {
                for (String part : line.substring(1).strip().split("\\s+")) {
                    exempting.append(exempting.isEmpty() ? "" : "|").append(part);
                }
                continue;
            }
            List<Element> elements = new ArrayList<>();
            for (String part : line.split("\\s+")) {
                elements.add(element(part));
            }
            if (elements.getFirst() instanceof Gap || elements.getLast() instanceof Gap
                    || elements.getFirst() instanceof Not) {
                throw new IllegalArgumentException("「" + line + "」：~ 不能在开头或结尾，! 不能在开头");
            }
            sequences.add(new Sequence(List.copyOf(elements)));
        }
        if (sequences.isEmpty()) {
            throw new IllegalArgumentException("规则至少要有一行匹配内容");
        }
        return new RulePattern(List.copyOf(sequences),
                exempting.isEmpty() ? new Words(List.of()) : words(exempting.toString()));
    }

    private static Element element(String part) {
        if (part.equals("~")) {
            return new Gap();
        }
        if (part.startsWith("#")) {
            Matcher range = RANGE.matcher(part);
            if (!range.matches()) {
                throw new IllegalArgumentException("「" + part + "」：数字写作 # 或 #最小-最大，例如 #18-59");
            }
            return range.group(1) == null ? new Number(0, Long.MAX_VALUE)
                    : new Number(Long.parseLong(range.group(1)), Long.parseLong(range.group(2)));
        }
        if (part.startsWith("!")) {
            return new Not(words(part.substring(1)));
        }
        return words(part);
    }

    /** The alternatives of one element, folded as texts are. */
    private static Words words(String part) {
        Set<String> terms = new LinkedHashSet<>();
        for (String term : part.split("\\|")) {
            if (term.isEmpty() || term.startsWith("#")) {
                throw new IllegalArgumentException("「" + part + "」：| 两边都要有词，数字 # 单独成一项");
            }
            terms.add(Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        }
        return new Words(List.copyOf(terms));
    }

    /** Calls back with the end (exclusive) of every way this sequence matches the words from {@code start}. */
    static void match(List<Element> elements, int index, List<Segmenter.Token> tokens, int at, Consumer<Integer> end) {
        if (index == elements.size()) {
            end.accept(at);
            return;
        }
        Element element = elements.get(index);
        switch (element) {
            case Gap gap -> {
                for (int skip = 0; skip <= MAX_GAP && at + skip <= tokens.size(); skip++) {
                    if (skip > 0 && tokens.get(at + skip - 1).word().equals(Segmenter.PUNCTUATION)) {
                        break;
                    }
                    match(elements, index + 1, tokens, at + skip, end);
                }
            }
            case Not not -> {
                if (not.words().lengthAt(tokens, at) < 0) {
                    match(elements, index + 1, tokens, at, end);
                }
            }
            case Words words -> {
                for (String term : words.terms()) {
                    int length = Words.spelled(term, tokens, at);
                    if (length > 0) {
                        match(elements, index + 1, tokens, at + length, end);
                    }
                }
            }
            case Number number -> {
                if (at < tokens.size()) {
                    long value = number(tokens.get(at).word());
                    if (value >= number.min() && value <= number.max()) {
                        match(elements, index + 1, tokens, at + 1, end);
                    }
                }
            }
        }
    }

    /** The word's value as a number (35, 三十五, 两百), or -1 when it is none. */
    static long number(String word) {
        if (!word.isEmpty() && word.length() <= 12 && word.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(word);
        }
        long total = 0;
        long current = -1;
        for (char c : word.toCharArray()) {
            int digit = c == '两' ? 2 : CHINESE_DIGITS.indexOf(c);
            if (digit >= 0) {
                current = digit;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (current < 0 ? 1 : current) * unit;
                current = -1;
            } else {
                return -1;
            }
        }
        return word.isEmpty() ? -1 : total + Math.max(current, 0);
    }
}
