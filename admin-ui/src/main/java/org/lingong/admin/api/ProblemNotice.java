package org.lingong.admin.api;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/** How a view tells the user the API refused: in place of the content, or as a passing notification. */
public final class ProblemNotice {

    private ProblemNotice() {
    }

    public static Paragraph inPlace(ApiProblem problem) {
        Paragraph text = new Paragraph(problem.getMessage());
        text.addClassNames(TextColor.ERROR);
        text.addClassName("api-problem");
        return text;
    }

    public static void show(ApiProblem problem) {
        Notification notification = Notification.show(problem.getMessage(), 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }
}
