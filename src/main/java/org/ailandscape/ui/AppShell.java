package org.ailandscape.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.LoadDependenciesOnStartup;

/**
 * The page shell. No theme of Vaadin's on the reading page: it uses no Vaadin component, and its one stylesheet
 * ({@code frontend/styles/report.css}) comes with the first response; light or dark follows the device
 * unless the reader chooses. The editor's views bring Lumo with them ({@code @StyleSheet}).
 */
@Meta(name = "theme-color", content = "#1c2a4a")
// Only the report's own route loads its components with the client; the editor's (its sign-in included,
// which Vaadin would otherwise load eagerly as it does every "login" route) load when it is opened.
@LoadDependenciesOnStartup(DashboardView.class)
@Meta(name = "color-scheme", content = "light dark")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
    }
}
