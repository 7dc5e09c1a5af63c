package org.lingong.admin.worker;

import java.time.format.DateTimeFormatter;

import org.lingong.admin.nearby.JobTexts;
import org.lingong.admin.worker.MyProfile.Status;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignSelf;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.BoxShadow;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * Where the worker stands in real-name verification, first on the page: the status, what to do next (a desk's note
 * in its own words, as text) and the masked name, ID number and phone on record.
 */
class RealNameStatus extends Composite<Div> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    RealNameStatus(MyProfile profile) {
        Look look = Look.of(profile.status());
        Badge status = new Badge(getTranslation("worker.profile.status." + profile.status()), look.icon().create());
        status.setId("real-name-status");
        status.getElement().setAttribute("data-status", profile.status().name());
        status.addThemeVariants(look.badge());
        status.addClassNames(FontSize.LARGE, FontWeight.SEMIBOLD, AlignSelf.START);
        // Only the verified texts take an argument (when, in China's time); the others are not formatted.
        Paragraph next = new Paragraph(profile.verifiedAt() == null ? getTranslation(profile.nextStep())
                : getTranslation(profile.nextStep(), WHEN.format(profile.verifiedAt().atZone(JobTexts.CHINA))));
        next.setId("next-step");
        next.addClassNames(Margin.NONE);
        Div card = getContent();
        card.add(status, next);
        if (profile.statusNote() != null && profile.status() == Status.REJECTED) {
            Paragraph note = new Paragraph(profile.statusNote());
            note.setId("desk-note");
            note.addClassNames(Margin.NONE, Padding.Left.SMALL, FontWeight.SEMIBOLD);
            note.getStyle().set("border-left", "3px solid var(--lumo-error-color)").set("white-space", "pre-line");
            card.add(note);
        }
        if (profile.saved()) {
            Div facts = new Div(fact("worker.profile.real-name", profile.realName()),
                    fact("worker.profile.id-number", profile.idNumber() == null
                            ? getTranslation("worker.profile.id-number.none") : profile.idNumber()),
                    fact("worker.profile.phone", profile.phone()));
            facts.setId("on-record");
            facts.addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.Column.MEDIUM, FontSize.SMALL, TextColor.SECONDARY);
            card.add(facts);
        }
        card.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL, Padding.MEDIUM, Background.BASE,
                BorderRadius.MEDIUM, BoxShadow.XSMALL);
        card.getStyle().set("border-left", "4px solid " + look.colour());
    }

    private Span fact(String labelKey, String masked) {
        return new Span(getTranslation(labelKey) + " " + masked);
    }

    /** How a status looks: its badge, icon and the card's edge in Lumo's colour of the same meaning. */
    private record Look(BadgeVariant badge, VaadinIcon icon, String colour) {

        static Look of(Status status) {
            return switch (status) {
                case VERIFIED -> new Look(BadgeVariant.SUCCESS, VaadinIcon.CHECK_CIRCLE, "var(--lumo-success-color)");
                case PENDING -> new Look(BadgeVariant.WARNING, VaadinIcon.CLOCK, "var(--lumo-warning-color, #e6a700)");
                case REJECTED -> new Look(BadgeVariant.ERROR, VaadinIcon.EXCLAMATION_CIRCLE, "var(--lumo-error-color)");
                case UNVERIFIED, ERASED -> new Look(BadgeVariant.CONTRAST, VaadinIcon.USER_CARD,
                        "var(--lumo-contrast-50pct)");
            };
        }
    }
}
