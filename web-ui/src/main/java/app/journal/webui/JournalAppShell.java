package app.journal.webui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo (Vaadin 25 loads themes as plain stylesheets, so no frontend build is
 * needed), Lumo's utility classes, and Journal's own small stylesheet from {@code META-INF/resources}.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/journal.css")
public class JournalAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Journal");
        settings.setViewport("width=device-width, initial-scale=1");
    }
}
