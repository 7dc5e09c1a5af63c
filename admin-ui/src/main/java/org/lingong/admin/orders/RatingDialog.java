package org.lingong.admin.orders;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.ProblemNotice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * 评价: stars (required), tags from the list the API offers for the other side, a short comment. The API judges and
 * masks numbers in the comment; its refusal stays in the dialog, at the field it is about. A rating is final.
 */
class RatingDialog extends Dialog {

    /** How the API is called; throws the API's refusal. */
    interface Step extends Serializable {
        void rate(OrderApi.RatingRequest request);
    }

    /** The comment's limit, as tenant-core's {@code Ratings.COMMENT_MAX}. */
    private static final int COMMENT_MAX = 200;

    /** {@code ★★★☆☆} for three of five. */
    static String stars(int count) {
        return "★".repeat(count) + "☆".repeat(5 - count);
    }

    RatingDialog(Side side, List<String> tagChoices, Step rate, SerializableRunnable rated) {
        setHeaderTitle(getTranslation("order.rate." + side));
        setId("rating-dialog");
        setWidth("min(28rem, 94vw)");
        Paragraph help = new Paragraph(getTranslation("order.rating.final"));
        help.addClassNames(Margin.NONE, FontSize.SMALL, TextColor.SECONDARY);
        RadioButtonGroup<Integer> stars = new RadioButtonGroup<>(getTranslation("order.rating.stars"));
        stars.setId("rating-stars");
        stars.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
        stars.setItemLabelGenerator(count -> getTranslation("order.rating.stars.label", stars(count), count));
        stars.setRequiredIndicatorVisible(true);
        CheckboxGroup<String> tags = new CheckboxGroup<>(getTranslation("order.rating.tags"));
        tags.setId("rating-tags");
        tags.setItems(tagChoices);
        tags.setItemLabelGenerator(tag -> getTranslation("rating.tag." + tag));
        TextArea comment = new TextArea(getTranslation("order.rating.comment"));
        comment.setId("rating-comment");
        comment.setMaxLength(COMMENT_MAX);
        comment.setHelperText(getTranslation("order.rating.comment.helper"));
        comment.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("stars", stars).bind("tags", tags).bind("comment", comment);
        add(help, stars, tags, comment);
        Button send = new Button(getTranslation("order.rating.send"), click -> {
            errors.clear();
            try {
                rate.rate(new OrderApi.RatingRequest(stars.getValue(), List.copyOf(tags.getSelectedItems()),
                        comment.getValue().isBlank() ? null : comment.getValue()));
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
                return;
            }
            close();
            rated.run();
        });
        send.setId("rating-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Button keep = new Button(getTranslation("order.cancel.keep"), click -> close());
        keep.setId("rating-keep");
        getFooter().add(keep, send);
    }
}
