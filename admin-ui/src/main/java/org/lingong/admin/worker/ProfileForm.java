package org.lingong.admin.worker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.BoxShadow;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;

/**
 * What the worker fills in, as {@code PUT /api/v1/workers/me} takes it. The API sends the name, ID number and phone
 * masked, so those fields start empty with the mask on record as their helper; an empty ID number keeps the one given
 * before. The API decides what is valid and its errors come back at the fields; saving is the page's, told by a
 * {@link SaveRequested}.
 */
class ProfileForm extends Composite<Div> {

    /** The worker asked to save these changes. */
    static class SaveRequested extends ComponentEvent<ProfileForm> {

        private final MyProfile.Changes changes;

        SaveRequested(ProfileForm source, MyProfile.Changes changes) {
            super(source, true);
            this.changes = changes;
        }

        MyProfile.Changes changes() {
            return changes;
        }
    }

    private final TextField realName = new TextField(getTranslation("worker.profile.real-name"));
    private final TextField idNumber = new TextField(getTranslation("worker.profile.id-number"));
    private final TextField phone = new TextField(getTranslation("worker.profile.phone"));
    private final TextField skills = new TextField(getTranslation("worker.profile.skills"));
    private final MultiSelectComboBox<String> categories =
            new MultiSelectComboBox<>(getTranslation("worker.profile.categories"));
    private final CheckboxGroup<String> priorityGroups =
            new CheckboxGroup<>(getTranslation("worker.profile.priority-groups"));
    private final FieldErrors errors = new FieldErrors();
    private String homeRegionCode;

    /**
     * @param categoryNames the city's categories by code, in the UI language
     * @param groupNames    the priority groups by code, in the UI language
     */
    ProfileForm(MyProfile profile, Map<String, String> categoryNames, Map<String, String> groupNames) {
        realName.setId("realName");
        realName.setMaxLength(50);
        realName.setRequiredIndicatorVisible(true);
        idNumber.setId("idNumber");
        idNumber.setMaxLength(18);
        // Digits and X only: the ID number keypad a phone offers for it, and nothing a person could paste by mistake.
        idNumber.setAllowedCharPattern("[0-9xX]");
        phone.setId("phone");
        phone.setMaxLength(20);
        phone.setAllowedCharPattern("[0-9+\\- ]");
        phone.setRequiredIndicatorVisible(true);
        skills.setId("skills");
        skills.setHelperText(getTranslation("worker.profile.skills.helper"));
        skills.setValue(String.join(" ", profile.skills()));
        categories.setId("categories");
        categories.setItems(categoriesWithOwn(categoryNames, profile.categories()));
        categories.setItemLabelGenerator(code -> categoryNames.getOrDefault(code, code));
        categories.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        categories.setValue(profile.categories());
        priorityGroups.setId("priorityGroups");
        priorityGroups.setHelperText(getTranslation("worker.profile.priority-groups.helper"));
        priorityGroups.setItems(groupNames.keySet());
        priorityGroups.setItemLabelGenerator(code -> groupNames.getOrDefault(code, code));
        priorityGroups.setValue(new LinkedHashSet<>(profile.priorityGroups()));
        homeRegionCode = profile.homeRegionCode();
        showOnRecord(profile);
        errors.bind("realName", realName).bind("idNumber", idNumber).bind("phone", phone).bind("skills", skills)
                .bind("categories", categories).bind("priorityGroups", priorityGroups);

        Button save = new Button(getTranslation("worker.profile.save"), click -> fireEvent(new SaveRequested(this,
                changes())));
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setWidthFull();
        Div form = getContent();
        form.add(realName, idNumber, phone, skills, categories, priorityGroups, save);
        form.getChildren().forEach(field -> field.getElement().getStyle().set("width", "100%"));
        form.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL, Padding.MEDIUM, Background.BASE,
                BorderRadius.MEDIUM, BoxShadow.XSMALL);
    }

    Registration addSaveRequestedListener(ComponentEventListener<SaveRequested> listener) {
        return addListener(SaveRequested.class, listener);
    }

    MyProfile.Changes changes() {
        String number = idNumber.getValue().strip();
        return new MyProfile.Changes(realName.getValue().strip(), number.isEmpty() ? null : number.toUpperCase(),
                phone.getValue().strip(), MyProfile.Changes.skills(skills.getValue()), new ArrayList<>(
                categories.getValue()), new ArrayList<>(priorityGroups.getValue()), homeRegionCode);
    }

    /** Clears the errors a save showed before. */
    void clearErrors() {
        errors.clear();
    }

    /** @return whether the problem's field errors were shown at their fields */
    boolean showErrors(ApiProblem problem) {
        return errors.show(problem);
    }

    /** A changed number after one was given: said at the number, which only a desk can change. */
    void showLocked(ApiProblem problem) {
        idNumber.setErrorMessage(getTranslation("worker.profile.id-number.locked", problem.title(),
                problem.getMessage()));
        idNumber.setInvalid(true);
    }

    /** Saved: the number leaves the form (only its mask stays, as the helper); name and phone stay for a next save. */
    void saved(MyProfile profile) {
        idNumber.clear();
        showOnRecord(profile);
    }

    private void showOnRecord(MyProfile profile) {
        realName.setHelperText(profile.saved() ? getTranslation("worker.profile.on-record", profile.realName())
                : getTranslation("worker.profile.real-name.helper"));
        phone.setHelperText(profile.saved() ? getTranslation("worker.profile.on-record", profile.phone()) : null);
        // A name the authority did not pair with the number is corrected with the number again (no number keeps the
        // status as it is); otherwise an empty field keeps the number and its status.
        idNumber.setHelperText(profile.idNumber() == null ? getTranslation("worker.profile.id-number.helper")
                : getTranslation(profile.statusReason() == MyProfile.Reason.NAME_NUMBER_MISMATCH
                        ? "worker.profile.id-number.again" : "worker.profile.id-number.kept", profile.idNumber()));
    }

    /** The city's categories, and any the worker chose before that the city has since retired (kept, by code). */
    private static List<String> categoriesWithOwn(Map<String, String> categoryNames, List<String> own) {
        List<String> items = new ArrayList<>(categoryNames.keySet());
        own.stream().filter(code -> !items.contains(code)).forEach(items::add);
        return items;
    }
}
