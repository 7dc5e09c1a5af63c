package org.lingong.search.nearby;

import java.util.List;

/** Typeahead: open job titles in the circle containing the typed prefix, with how many jobs carry each. */
record Suggestions(List<Suggestion> suggestions) {

    record Suggestion(String title, long count) {
    }
}
