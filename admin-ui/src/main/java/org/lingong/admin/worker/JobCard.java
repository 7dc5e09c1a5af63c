package org.lingong.admin.worker;

import java.util.Locale;
import java.util.Map;

import org.lingong.admin.nearby.JobLine;
import org.lingong.admin.nearby.NearbyJobs.Hit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.BoxShadow;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.Flex;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.JustifyContent;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import com.vaadin.flow.theme.lumo.LumoUtility.Whitespace;

/** One job of the result list on a phone: what, how much, how far, when; and the button to grab it. */
class JobCard extends Composite<Div> {

    /** @param signedIn whether grabbing can start at once, or first sends the worker to sign in */
    JobCard(Hit job, Map<String, String> categoryNames, Locale language, boolean signedIn,
            SerializableConsumer<Hit> grab) {
        JobLine line = JobLine.of(job, categoryNames, language);
        Span title = new Span(line.title());
        title.addClassNames(FontSize.LARGE, FontWeight.SEMIBOLD);
        Span wage = new Span(line.wage());
        // The wage with its unit stays on one line on a phone; a long title wraps instead.
        wage.addClassNames(FontSize.LARGE, FontWeight.BOLD, TextColor.PRIMARY, Whitespace.NOWRAP, Flex.SHRINK_NONE,
                "job-wage");
        Div top = new Div(title, wage);
        top.addClassNames(Display.FLEX, JustifyContent.BETWEEN, AlignItems.BASELINE, Gap.SMALL);

        Span facts = new Span(String.join(" · ", line.category(), getTranslation("nearby.term." + job.term()),
                getTranslation("nearby.slots", job.slotsOpen())));
        facts.addClassNames(FontSize.SMALL, TextColor.SECONDARY);

        Span distance = new Span(VaadinIcon.MAP_MARKER.create(), new Span(getTranslation("nearby.distance",
                line.distance(), job.walkingMinutes())));
        distance.addClassNames(FontSize.SMALL, Display.FLEX, AlignItems.CENTER, Gap.XSMALL, "job-distance");
        distance.getElement().setAttribute("data-meters", String.valueOf(job.distanceMeters()));
        Span address = new Span(job.address() == null ? "" : job.address());
        address.addClassNames(FontSize.SMALL, TextColor.SECONDARY);

        Span starts = new Span(getTranslation("nearby.starts", line.startTime()));
        starts.addClassNames(FontSize.SMALL);
        Div bottom = new Div(starts);
        bottom.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.CENTER, Gap.SMALL);
        job.priorityGroups().forEach(group -> {
            Badge priority = new Badge(getTranslation("nearby.priority-group." + group));
            priority.addThemeVariants(BadgeVariant.SUCCESS, BadgeVariant.SMALL);
            priority.addClassName("job-priority");
            bottom.add(priority);
        });
        Button grabIt = new Button(getTranslation(signedIn ? "worker.grab" : "worker.grab.sign-in"),
                click -> grab.accept(job));
        grabIt.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        grabIt.addClassNames("grab");
        grabIt.getStyle().set("margin-left", "auto");
        bottom.add(grabIt);

        Div card = getContent();
        card.add(top, facts, distance, address, bottom);
        card.addClassNames("job-card", Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL, Padding.MEDIUM, Background.BASE,
                BorderRadius.MEDIUM, BoxShadow.XSMALL);
        card.getElement().setAttribute("data-job", job.jobId().toString());
    }
}
