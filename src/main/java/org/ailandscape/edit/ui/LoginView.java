package org.ailandscape.edit.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.Lumo;
import org.ailandscape.reading.Translations;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The editor's sign-in: Vaadin's {@code LoginForm} posting to Spring Security's form login, in English
 * or Chinese ({@code ?lang=}). A failure says so without telling whether the name exists; a locked
 * account is told that it is locked for a while.
 */
@Route("login")
@AnonymousAllowed
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("editor/editor.css")
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Translations translations;
    private final LoginForm form = new LoginForm();
    private EditorLanguage words;

    public LoginView(Translations translations) {
        this.translations = translations;
        addClassName("editor-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        words = EditorLanguage.of(event.getLocation(), translations);
        EditorView.applyPage(event.getUI(), words);
        removeAll();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(words.t("editor.login.title"));
        i18n.getForm().setUsername(words.t("editor.login.username"));
        i18n.getForm().setPassword(words.t("editor.login.password"));
        i18n.getForm().setSubmit(words.t("editor.login.submit"));
        i18n.getErrorMessage().setTitle(words.t("editor.login.error.title"));
        i18n.getErrorMessage().setMessage(words.t("editor.login.error.message"));
        i18n.getErrorMessage().setUsername(words.t("editor.login.required"));
        i18n.getErrorMessage().setPassword(words.t("editor.login.required"));
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (last instanceof LockedException) {
                i18n.getErrorMessage().setTitle(words.t("editor.login.locked.title"));
                i18n.getErrorMessage().setMessage(words.t("editor.login.locked.message"));
            }
            form.setError(true);
        }
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        Div card = new Div();
        card.addClassName("editor-login-card");
        Div brand = new Div(words.t("editor.title"));
        brand.addClassName("editor-login-brand");
        card.add(brand);
        if (parameters.containsKey("signedOut")) {
            Paragraph signedOut = new Paragraph(words.t("editor.login.signedOut"));
            signedOut.addClassName("editor-note");
            card.add(signedOut);
        }
        card.add(form);
        Paragraph help = new Paragraph(words.t("editor.login.help"));
        help.addClassName("editor-muted");
        Anchor other = new Anchor("login?lang=" + words.other().key(), words.t("editor.language.switch"));
        other.getElement().setAttribute("router-ignore", true);
        Anchor report = new Anchor("./", words.t("editor.backToReport"));
        report.getElement().setAttribute("router-ignore", true);
        Div links = new Div(other, report);
        links.addClassName("editor-login-links");
        card.add(help, links);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return words == null ? "" : words.t("editor.login.title") + " · " + words.t("editor.title");
    }
}
