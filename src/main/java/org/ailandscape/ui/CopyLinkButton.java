package org.ailandscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import java.util.function.Supplier;

/**
 * "Copy link": puts the absolute URL of a view (built from the query string the supplier gives) on the
 * clipboard and confirms it in a notification that screen readers announce.
 */
class CopyLinkButton extends Button {

    private static final String COPY = """
            const url = new URL('?' + $0, window.location.href).href;
            const fallback = () => {
              const area = document.createElement('textarea');
              area.value = url;
              area.setAttribute('readonly', '');
              area.style.position = 'fixed';
              area.style.opacity = '0';
              document.body.appendChild(area);
              area.select();
              document.execCommand('copy');
              area.remove();
            };
            if (navigator.clipboard && window.isSecureContext) {
              return navigator.clipboard.writeText(url).then(() => url, () => { fallback(); return url; });
            }
            fallback();
            return url;""";

    private String confirmation = "";

    CopyLinkButton(String id, Supplier<String> queryString) {
        setId(id);
        addClassName("copy-link");
        addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        addClickListener(e -> getElement().executeJs(COPY, queryString.get())
                .then(String.class, url -> {
                    Notification notification = Notification.show(confirmation, 2500, Notification.Position.BOTTOM_CENTER);
                    notification.addClassName("copied");
                }));
    }

    void localize(Reading reading, String accessibleName) {
        setText(reading.t("link.copy"));
        setAriaLabel(accessibleName);
        getElement().setAttribute("lang", reading.chrome().htmlLang());
        confirmation = reading.t("link.copied");
    }
}
