package org.lingong.core.contracts;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and fills the {@code {{key}}} placeholders of a template text. */
final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private TemplateText() {
    }

    /** The placeholder keys a text names that are not {@link Placeholder}s, in order of appearance. */
    static Set<String> unknownKeys(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (Placeholder.byKey(matcher.group(1)).isEmpty()) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    /** The text with every placeholder replaced by its value; the template was checked when it was saved. */
    static String fill(String text, Map<Placeholder, String> values) {
        Map<Placeholder, String> complete = new EnumMap<>(values);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            Placeholder placeholder = Placeholder.byKey(matcher.group(1))
                    .orElseThrow(() -> new IllegalStateException("unknown placeholder " + matcher.group()));
            String value = complete.get(placeholder);
            if (value == null) {
                throw new IllegalStateException("no value for " + placeholder.key());
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
