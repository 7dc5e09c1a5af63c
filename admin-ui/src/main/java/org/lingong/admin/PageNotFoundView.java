package org.lingong.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What a person sees at an address the console doesn't have, or at a page their role may not open: Vaadin answers
 * both alike (so an address says nothing of pages one may not see), here in the user's language with a way back.
 */
@AnonymousAllowed
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("page-not-found");
        addClassNames(Padding.XLARGE);
        Paragraph detail = new Paragraph(getTranslation("error.not-found.detail", event.getLocation().getPath()));
        detail.addClassNames(TextColor.SECONDARY);
        add(new H2(getTranslation("error.not-found.title")), detail, new Anchor("/", getTranslation("error.not-found.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
