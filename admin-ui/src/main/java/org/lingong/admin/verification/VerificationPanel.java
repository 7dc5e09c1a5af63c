package org.lingong.admin.verification;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.nearby.JobTexts;
import org.lingong.admin.verification.VerificationApi.Decision;
import org.lingong.admin.verification.VerificationApi.PendingWorker;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * The desk's decision on the chosen worker: what the API says about them (masked), then 核验通过 — only once staff
 * confirm they checked the card and the person — or 不予核验 with a note the worker will read. It asks for the
 * decision with a {@link DecisionRequested}; the view calls the API and hands a refusal back through {@link #refused}.
 */
class VerificationPanel extends Div {

    /** The reasons a profile waits for a desk that have words of their own; any other gets a general one. */
    static final List<String> REASONS = List.of("CHECK_UNAVAILABLE", "NUMBER_CLAIMED", "NUMBER_PROVEN_BY_ANOTHER");
    /** As staff read a time: China's, to the minute. */
    static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JobTexts.CHINA);

    /** Staff decided on a worker; {@code note} is null for a verification. */
    static class DecisionRequested extends ComponentEvent<VerificationPanel> {

        private final PendingWorker worker;
        private final Decision decision;
        private final String note;

        DecisionRequested(VerificationPanel source, PendingWorker worker, Decision decision, String note) {
            super(source, false);
            this.worker = worker;
            this.decision = decision;
            this.note = note;
        }

        PendingWorker worker() {
            return worker;
        }

        Decision decision() {
            return decision;
        }

        String note() {
            return note;
        }
    }

    private final Paragraph choose = new Paragraph(getTranslation("verification.choose"));
    private final Span who = new Span();
    private final Span about = new Span();
    private final Div summary = new Div(who, about);
    private final Paragraph hint = new Paragraph();
    private final Checkbox cardSeen = new Checkbox(getTranslation("verification.card-seen"));
    private final Button verify = new Button(getTranslation("verification.verify"), VaadinIcon.CHECK.create());
    private final TextArea note = new TextArea(getTranslation("verification.note"));
    private final Button reject = new Button(getTranslation("verification.reject"), VaadinIcon.BAN.create());
    private final FieldErrors errors = new FieldErrors().bind("note", note);
    private final Div decision;
    private PendingWorker worker;

    VerificationPanel() {
        setId("verification-panel");
        choose.addClassNames(TextColor.SECONDARY, FontSize.SMALL, Margin.NONE);
        summary.setId("verification-worker");
        summary.addClassNames(Display.FLEX, FlexDirection.COLUMN);
        who.addClassNames(FontWeight.SEMIBOLD);
        about.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        hint.setId("verification-hint");
        hint.addClassNames(FontSize.SMALL, TextColor.SECONDARY, Margin.NONE, Padding.SMALL, BorderRadius.MEDIUM,
                Background.CONTRAST_5);

        // The checkbox is the desk's statement that the card was seen: nothing is verified without it.
        cardSeen.setId("verification-card-seen");
        cardSeen.setRequiredIndicatorVisible(true);
        // Required as a statement, not as a field: an unticked box is the normal state, never an error.
        cardSeen.setManualValidation(true);
        cardSeen.addValueChangeListener(change -> verify.setEnabled(change.getValue()));
        verify.setId("verify-worker");
        verify.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        verify.setWidthFull();
        verify.addClickListener(click -> request(Decision.VERIFY, null));

        note.setId("verification-note");
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(500);
        note.setWidthFull();
        reject.setId("reject-worker");
        reject.addThemeVariants(ButtonVariant.ERROR);
        reject.setWidthFull();
        // The API decides whether the note will do; its field error shows at the field.
        reject.addClickListener(click -> request(Decision.REJECT, note.getValue().strip()));

        Hr line = new Hr();
        line.addClassNames(Margin.Vertical.XSMALL);
        decision = new Div(summary, hint, cardSeen, verify, line, note, reject);
        decision.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL);
        add(choose, decision);
        addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL);
        show(null);
    }

    Registration addDecisionListener(ComponentEventListener<DecisionRequested> listener) {
        return addListener(DecisionRequested.class, listener);
    }

    /** The chosen worker, or none; either way a fresh start — no checked box or note left from another worker. */
    void show(PendingWorker chosen) {
        worker = chosen;
        errors.clear();
        cardSeen.clear();
        verify.setEnabled(false);
        note.clear();
        choose.setVisible(chosen == null);
        decision.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        // Who stands at the desk, to compare with the card; the rest is in the chosen row.
        who.setText(getTranslation("verification.who", chosen.realName(), chosen.idNumber()));
        about.setText(getTranslation("verification.about", chosen.phone(), skills(chosen)));
        hint.setText(getTranslation("verification.hint." + known(chosen.statusReason())));
    }

    /** The API refused the decision: at the note when it names the note, else as a notice. */
    void refused(ApiProblem problem) {
        if (!errors.show(problem)) {
            ProblemNotice.show(problem);
        }
    }

    /** Why the worker waits, in words. */
    static String reason(PendingWorker worker) {
        return I18NProvider.translate("verification.reason." + known(worker.statusReason()));
    }

    static String skills(PendingWorker worker) {
        return String.join(" / ", worker.skills());
    }

    private static String known(String reason) {
        return REASONS.contains(reason) ? reason : "other";
    }

    private void request(Decision kind, String text) {
        errors.clear();
        if (worker != null) {
            fireEvent(new DecisionRequested(this, worker, kind, text));
        }
    }
}
