package org.lingong.admin.api;

import java.util.function.Consumer;
import java.util.function.Supplier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A desk's step in a dialog: its fields, a confirm button that sends the step, and what the API answered — the page
 * moves on with the result, a refusal shows at its field or as a notice, and the dialog stays open to correct it.
 */
public final class StepDialog<T> extends Dialog {

    private final Button confirm;

    /**
     * @param confirmId the confirm button's id (browser tests press it)
     * @param send      the call that takes the step; an {@link ApiProblem} keeps the dialog open
     * @param done      what the page does with the answer once the dialog has closed
     */
    public StepDialog(String title, String confirmLabel, String cancelLabel, String confirmId, FieldErrors errors,
                      Component fields, Supplier<T> send, Consumer<T> done) {
        super(title);
        setWidth("36rem");
        confirm = new Button(confirmLabel, click -> {
            errors.clear();
            try {
                T answer = send.get();
                close();
                done.accept(answer);
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
            }
        });
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        add(fields);
        getFooter().add(new Button(cancelLabel, click -> close()), confirm);
    }

    /** The confirm button, e.g. to mark a step that cannot be undone. */
    public Button confirmButton() {
        return confirm;
    }
}
