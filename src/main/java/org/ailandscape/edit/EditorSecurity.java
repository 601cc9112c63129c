package org.ailandscape.edit;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import org.ailandscape.edit.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;

/**
 * Spring Security for the editor, through Vaadin's configuration ({@code VaadinSecurityConfigurer}):
 * a form sign-in at {@code /login} (a Vaadin {@code LoginForm}), sign-out, CSRF protection on (Vaadin's
 * own requests carry Vaadin's token instead), and the routes' access annotations enforced.
 *
 * <p>The chain covers only what the editor needs: its pages ({@code /edit/**}, {@code /login},
 * {@code /logout}), its APIs ({@code /api/edit/**}, {@code /api/audit}) and Vaadin's own requests (where
 * a view's access is checked). The reading pages, the embeds and the public API are outside it, so a
 * reader's first response gets no session and no CSRF cookie from it: the page stays cookie-free until
 * the reader interacts. An API call without a signed-in account answers 401, never the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class EditorSecurity {

    @Bean
    SecurityFilterChain editorChain(HttpSecurity http, RequestUtil requestUtil) {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = RequestMatchers.anyOf(path.matcher("/api/edit/**"), path.matcher("/api/audit"));
        http.securityMatcher(RequestMatchers.anyOf(path.matcher("/edit"), path.matcher("/edit/**"), path.matcher("/login"),
                path.matcher("/logout"), api, requestUtil::isFrameworkInternalRequest));
        http.authorizeHttpRequests(rules -> rules
                .requestMatchers(path.matcher("/api/audit")).hasRole("PUBLISHER")
                .requestMatchers(path.matcher("/api/edit/**"), path.matcher("/edit/preview")).hasRole("EDITOR"));
        http.exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api));
        // SecurityHeaders writes the framing rules for every response (the preview may be framed by the editor).
        http.headers(headers -> headers.frameOptions(frame -> frame.disable()));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?signedOut"));
        return http.build();
    }
}
