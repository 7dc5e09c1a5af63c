package org.lingong.admin.i18n;

import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;

/**
 * Switches the language of the whole session: every open view is told through {@link LocaleChangeObserver}, and
 * later pages in the session keep the choice.
 */
public class LanguageSelect extends Composite<Select<Locale>> implements LocaleChangeObserver {

    public LanguageSelect() {
        Select<Locale> select = getContent();
        select.setItems(UiLocales.ALL);
        // Each language is named in itself, so these keys read alike in both bundles.
        select.setItemLabelGenerator(locale -> getTranslation("language." + locale.toLanguageTag()));
        select.addThemeVariants(SelectVariant.SMALL);
        select.setWidth("8em");
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                VaadinSession.getCurrent().setLocale(change.getValue());
            }
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getContent().setValue(event.getLocale());
        getContent().setAriaLabel(getTranslation("language.label"));
    }
}
