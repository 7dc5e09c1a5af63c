package org.lingong.admin.jobs;

import java.util.List;
import java.util.UUID;

import org.lingong.admin.api.PlatformApi;

import com.vaadin.flow.component.combobox.ComboBox;

/** Finds one of the city's verified employers by name as staff type (代发布, a hotline complaint about one). */
public class EmployerPicker extends ComboBox<EmployerPicker.Employer> {

    /** An employer as {@code GET /api/v1/employers} lists it: masked. */
    public record Employer(UUID id, String legalName, String creditCode) {
    }

    record EmployerPage(List<Employer> items, long total) {
    }

    public EmployerPicker(PlatformApi api, String tenant, String label) {
        super(label);
        setItemLabelGenerator(found -> found.legalName() + " · " + found.creditCode());
        addValueChangeListener(change -> setInvalid(false));
        // The API matches the name; a page of the combo box is a page of the list.
        setItems(query -> api.get(EmployerPage.class,
                "/t/{tenant}/api/v1/employers?status=VERIFIED&q={q}&page={page}&size={size}", tenant,
                query.getFilter().orElse("").strip(), query.getPage(), query.getPageSize()).items().stream());
    }
}
