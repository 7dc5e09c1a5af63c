package org.lingong.admin.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;

/**
 * Shows the API's field errors at the form's fields. The API is the one place the rules live: the fields do no
 * checking of their own ({@code manualValidation}), so what the user sees is exactly what the API said.
 */
public class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** @param path the field's path in the request, as the problem JSON names it, e.g. {@code admin.email} */
    public FieldErrors bind(String path, HasValidation field) {
        field.setManualValidation(true);
        fields.put(path, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** @return whether at least one of the problem's field errors was shown at a field */
    public boolean show(ApiProblem problem) {
        boolean shown = false;
        for (Map.Entry<String, String> error : problem.fieldErrors().entrySet()) {
            HasValidation field = fields.get(error.getKey());
            if (field != null) {
                String earlier = field.isInvalid() ? field.getErrorMessage() + "; " : "";
                field.setErrorMessage(earlier + error.getValue());
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }
}
