package org.lingong.admin.i18n;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Every new session starts in Simplified Chinese, whatever the browser asks for; the language switch changes it for
 * the rest of the session.
 */
@Component
class ChineseByDefault implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(UiLocales.CHINESE));
    }
}
