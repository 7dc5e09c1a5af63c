package org.lingong.admin.verification;

import java.io.ByteArrayInputStream;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.verification.EmployerReviewApi.Decision;
import org.lingong.admin.verification.EmployerReviewApi.PendingEmployer;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * The review of the chosen employer: what it registered (masked), its business licence image — fetched by the console
 * with the staff member's token and served from the console's own origin, so the page's CSP stays {@code 'self'} —
 * then 审核通过, or 要求补充材料 / 不予通过 with a note the employer reads. Decisions go out as
 * {@link DecisionRequested}; the view hands a refusal back through {@link #refused}.
 */
class EmployerReviewPanel extends Div {

    static class DecisionRequested extends ComponentEvent<EmployerReviewPanel> {

        private final PendingEmployer employer;
        private final Decision decision;
        private final String note;

        DecisionRequested(EmployerReviewPanel source, PendingEmployer employer, Decision decision, String note) {
            super(source, false);
            this.employer = employer;
            this.decision = decision;
            this.note = note;
        }

        PendingEmployer employer() {
            return employer;
        }

        Decision decision() {
            return decision;
        }

        String note() {
            return note;
        }
    }

    private final Paragraph choose = new Paragraph(getTranslation("employer-review.choose"));
    private final Span name = new Span();
    private final Span registration = new Span();
    private final Span contact = new Span();
    private final Div licence = new Div();
    private final Button approve = new Button(getTranslation("employer-review.approve"), VaadinIcon.CHECK.create());
    private final TextArea note = new TextArea(getTranslation("employer-review.note"));
    private final Button askMore = new Button(getTranslation("employer-review.ask-more"), VaadinIcon.REPLY.create());
    private final Button reject = new Button(getTranslation("employer-review.reject"), VaadinIcon.BAN.create());
    private final FieldErrors errors = new FieldErrors().bind("note", note);
    private final Div decision;
    private PendingEmployer employer;

    EmployerReviewPanel() {
        setId("employer-review-panel");
        choose.addClassNames(TextColor.SECONDARY, FontSize.SMALL, Margin.NONE);
        name.setId("employer-review-name");
        name.addClassNames(FontWeight.SEMIBOLD);
        registration.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        contact.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        licence.setId("employer-licence");
        licence.setWidthFull();

        approve.setId("approve-employer");
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        approve.setWidthFull();
        approve.addClickListener(click -> request(Decision.APPROVE, null));
        note.setId("employer-review-note");
        note.setMaxLength(500);
        note.setWidthFull();
        askMore.setId("ask-more-employer");
        askMore.setWidthFull();
        askMore.addClickListener(click -> request(Decision.ASK_MORE, note.getValue().strip()));
        reject.setId("reject-employer");
        reject.addThemeVariants(ButtonVariant.ERROR);
        reject.setWidthFull();
        reject.addClickListener(click -> request(Decision.REJECT, note.getValue().strip()));

        Div summary = new Div(name, registration, contact);
        summary.addClassNames(Display.FLEX, FlexDirection.COLUMN);
        Hr line = new Hr();
        line.addClassNames(Margin.Vertical.XSMALL);
        decision = new Div(summary, licence, approve, line, note, askMore, reject);
        decision.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL);
        add(choose, decision);
        addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL);
        show(null, null);
    }

    Registration addDecisionListener(ComponentEventListener<DecisionRequested> listener) {
        return addListener(DecisionRequested.class, listener);
    }

    /** The chosen employer and its licence (null when it could not be read), or none; always a fresh start. */
    void show(PendingEmployer chosen, PlatformApi.File image) {
        employer = chosen;
        errors.clear();
        note.clear();
        licence.removeAll();
        choose.setVisible(chosen == null);
        decision.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        name.setText(chosen.legalName());
        registration.setText(getTranslation("employer-review.registration", chosen.creditCode(),
                chosen.legalRepresentative() == null ? "—" : chosen.legalRepresentative()));
        contact.setText(getTranslation("employer-review.contact", chosen.contactName(), chosen.contactPhone()));
        approve.setEnabled(image != null);
        if (image != null) {
            byte[] bytes = image.bytes();
            Image shown = new Image(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), "licence", image.contentType(), bytes.length)).inline(),
                    getTranslation("employer-review.licence", chosen.legalName()));
            shown.setId("employer-licence-image");
            shown.setWidthFull();
            shown.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("box-sizing", "border-box");
            licence.add(shown);
        }
    }

    /** The licence could not be read: said in place, and nothing can be approved unseen. */
    void licenceUnreadable(ApiProblem problem) {
        licence.removeAll();
        licence.add(ProblemNotice.inPlace(problem));
    }

    /** The API refused the decision: at the note when it names the note, else as a notice. */
    void refused(ApiProblem problem) {
        if (!errors.show(problem)) {
            ProblemNotice.show(problem);
        }
    }

    private void request(Decision kind, String text) {
        errors.clear();
        if (employer != null) {
            fireEvent(new DecisionRequested(this, employer, kind, text));
        }
    }
}
