package org.lingong.admin.worker;

import java.util.Locale;
import java.util.Map;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.nearby.JobTexts;
import org.lingong.admin.nearby.NearbyJobs;
import org.lingong.admin.nearby.NearbyJobs.Hit;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * What the search found: how many jobs within how far, whether search fell back to the database, and a card per job
 * (or why there is none).
 */
class JobList extends Div {

    private final Span summary = new Span();
    private final Span degraded = new Span();
    private final Div cards = new Div();

    JobList() {
        summary.setId("summary");
        summary.addClassNames(FontWeight.SEMIBOLD);
        degraded.setId("degraded");
        degraded.addClassNames(FontSize.SMALL, TextColor.WARNING);
        Div status = new Div(summary, degraded);
        status.addClassNames(Display.FLEX, FlexDirection.COLUMN, Padding.SMALL);
        cards.setId("jobs");
        cards.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL, Padding.Horizontal.SMALL, Padding.Bottom.LARGE);
        cards.setWidthFull();
        cards.getStyle().set("box-sizing", "border-box");
        add(status, cards);
        setWidthFull();
    }

    /**
     * @param categoryNames the city's categories by code, in the UI language
     * @param signedIn      whether a card's button grabs at once, or first sends the worker to sign in
     */
    void show(NearbyJobs.Found found, Map<String, String> categoryNames, boolean signedIn,
              SerializableConsumer<Hit> grab) {
        Locale language = getLocale();
        String travelled = getTranslation("worker.travel", getTranslation("worker.mode." + found.mode()),
                found.minutes());
        String radius = JobTexts.distance(found.radiusMeters());
        summary.setText(found.total() > found.hits().size()
                ? getTranslation("worker.summary.more", travelled, radius, found.total(), found.hits().size())
                : getTranslation("worker.summary", travelled, radius, found.total()));
        degraded.setText(found.degraded() ? getTranslation("worker.degraded") : "");
        cards.removeAll();
        found.hits().forEach(job -> cards.add(new JobCard(job, categoryNames, language, signedIn, grab)));
        if (found.hits().isEmpty()) {
            Span none = new Span(getTranslation("worker.none"));
            none.setId("no-jobs");
            none.addClassNames(TextColor.SECONDARY, Padding.MEDIUM);
            cards.add(none);
        }
    }

    /** The API's refusal (or no place to search from) in place of the list. */
    void show(ApiProblem problem) {
        summary.setText("");
        degraded.setText("");
        cards.removeAll();
        cards.add(ProblemNotice.inPlace(problem));
    }
}
