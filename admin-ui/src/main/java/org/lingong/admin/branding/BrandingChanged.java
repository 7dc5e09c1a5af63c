package org.lingong.admin.branding;

import org.lingong.admin.api.TenantProfile.Branding;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the bureau saved new branding, so the frame around the view shows it at once. */
public class BrandingChanged extends ComponentEvent<UI> {

    private final transient Branding branding;

    public BrandingChanged(UI ui, Branding branding) {
        super(ui, false);
        this.branding = branding;
    }

    public Branding branding() {
        return branding;
    }
}
