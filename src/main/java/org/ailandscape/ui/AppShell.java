package org.ailandscape.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page shell. No theme of Vaadin's: the page uses no Vaadin component, and its one stylesheet
 * ({@code frontend/styles/report.css}) comes with the first response; light or dark follows the device
 * unless the reader chooses.
 */
@Meta(name = "theme-color", content = "#1c2a4a")
@Meta(name = "color-scheme", content = "light dark")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
    }
}
