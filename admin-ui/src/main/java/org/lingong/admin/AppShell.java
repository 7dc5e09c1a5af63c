package org.lingong.admin;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Styling stays in Lumo's stylesheets, theme variants and utility classes set from Java: no
 * application CSS or TypeScript, so Vaadin serves its pre-built frontend bundle and the build needs no Node.js.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class AppShell implements AppShellConfigurator {
}
