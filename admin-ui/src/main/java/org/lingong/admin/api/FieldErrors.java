package org.lingong.admin.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;

/**
 * Shows the API's field errors at the form's fields. The API is the one place the rules live: the fields do no
 * checking of their own ({@code manualValidation}), so what the user sees is exactly what the API said. An error of a
 * nested path ({@code openingHours.weekly[MONDAY][0].open}) shows at the field bound to its nearest bound parent
 * ({@code openingHours}) when no field is bound to the path itself.
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
            HasValidation field = boundTo(error.getKey());
            if (field != null) {
                String earlier = field.isInvalid() ? field.getErrorMessage() + "; " : "";
                field.setErrorMessage(earlier + error.getValue());
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    private HasValidation boundTo(String path) {
        for (String at = path; !at.isEmpty(); at = parent(at)) {
            if (fields.containsKey(at)) {
                return fields.get(at);
            }
        }
        return null;
    }

    /** {@code a.b[0].c} → {@code a.b[0]} → {@code a.b} → {@code a} → empty. */
    private static String parent(String path) {
        return path.substring(0, Math.max(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))));
    }
}
