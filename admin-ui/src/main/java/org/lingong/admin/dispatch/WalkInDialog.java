package org.lingong.admin.dispatch;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.Arrays;
import java.util.function.Consumer;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.ProblemNotice;

/**
 * Registers a person who walks in with an ID card and a phone: the privacy notice read out and ticked, a code sent to
 * the phone and typed back, the card's name and number entered; the desk then checks them in at its market. Every
 * value is set as text, never as HTML.
 */
final class WalkInDialog extends Dialog {

    private final DeskApi desk;
    private final Consumer<DeskApi.Registered> registered;
    private final TextField phone = new TextField();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField idNumber = new TextField();
    private final TextField skills = new TextField();
    private final Checkbox consent = new Checkbox();
    private final Span sent = new Span();
    private final FieldErrors errors = new FieldErrors();
    private DeskApi.CodeSent attempt;

    WalkInDialog(DeskApi desk, String knownIdNumber, Consumer<DeskApi.Registered> registered) {
        this.desk = desk;
        this.registered = registered;
        setHeaderTitle(getTranslation("walk-in.title"));
        setId("walk-in-dialog");
        phone.setId("walk-in-phone");
        phone.setLabel(getTranslation("walk-in.phone"));
        phone.setMaxLength(20);
        Button send = new Button(getTranslation("walk-in.send-code"), click -> sendCode());
        send.setId("walk-in-send-code");
        code.setId("walk-in-code");
        code.setLabel(getTranslation("walk-in.code"));
        code.setMaxLength(8);
        sent.setId("walk-in-code-sent");
        sent.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        name.setId("walk-in-name");
        name.setLabel(getTranslation("walk-in.name"));
        name.setMaxLength(50);
        idNumber.setId("walk-in-id-number");
        idNumber.setLabel(getTranslation("walk-in.id-number"));
        idNumber.setMaxLength(18);
        idNumber.setValue(knownIdNumber == null ? "" : knownIdNumber);
        skills.setId("walk-in-skills");
        skills.setLabel(getTranslation("walk-in.skills"));
        skills.setHelperText(getTranslation("walk-in.skills.help"));
        Paragraph notice = new Paragraph(getTranslation("walk-in.notice"));
        notice.addClassNames(FontSize.SMALL);
        consent.setId("walk-in-consent");
        consent.setLabel(getTranslation("walk-in.consent"));
        errors.bind("phone", phone).bind("code", code).bind("profile.realName", name)
                .bind("profile.idNumber", idNumber).bind("profile.phone", phone);

        HorizontalLayout phoneRow = new HorizontalLayout(phone, send);
        phoneRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        FormLayout form = new FormLayout(phoneRow, code, sent, name, idNumber, skills);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, notice, consent);

        Button register = new Button(getTranslation("walk-in.register"), click -> register());
        register.setId("walk-in-register");
        register.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("walk-in.cancel"), click -> close());
        getFooter().add(cancel, register);
        setWidth("30rem");
    }

    private void sendCode() {
        errors.clear();
        try {
            attempt = desk.sendCode(phone.getValue().replaceAll("[\\s-]", ""));
            sent.setText(getTranslation("walk-in.code-sent", attempt.phone()));
            code.focus();
        } catch (ApiProblem problem) {
            if (!errors.show(problem)) {
                ProblemNotice.show(problem);
            }
        }
    }

    private void register() {
        errors.clear();
        if (attempt == null) {
            code.setErrorMessage(getTranslation("walk-in.code-first"));
            code.setInvalid(true);
            return;
        }
        try {
            DeskApi.Registered done = desk.register(attempt.attempt(), code.getValue().strip(), consent.getValue(),
                    new DeskApi.Profile(name.getValue().strip(), idNumber.getValue().strip(),
                            phone.getValue().replaceAll("[\\s-]", ""), Arrays.stream(skills.getValue().split("[,，、\\s]+"))
                            .map(String::strip).filter(s -> !s.isEmpty()).toList()));
            close();
            registered.accept(done);
        } catch (ApiProblem problem) {
            if (problem.is("desk-consent-required")) {
                consent.getElement().getThemeList().add("invalid");
            }
            if (!errors.show(problem)) {
                ProblemNotice.show(problem);
            }
        }
    }
}
