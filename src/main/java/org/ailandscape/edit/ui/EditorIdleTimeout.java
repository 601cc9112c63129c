package org.ailandscape.edit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs an editor out after {@code report.editor.idle-timeout} without a real action. An open tab's
 * heartbeat keeps a Vaadin session alive for ever; here only requests other than heartbeats count as
 * activity, and a heartbeat that finds the editor idle for longer ends the session (the next action
 * then lands on the sign-in page). Reading pages are not concerned: only an editor's session is marked.
 */
@Component
class EditorIdleTimeout implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final String LAST_ACTIVITY = EditorIdleTimeout.class.getName() + ".lastActivity";

    private final Duration timeout;

    EditorIdleTimeout(@Value("${report.editor.idle-timeout:30m}") Duration timeout) {
        this.timeout = timeout;
    }

    /** Marks the UI's session as an editor's (called when the editor opens). */
    static void active(UI ui) {
        VaadinSession session = ui.getSession();
        if (session != null && session.getSession() != null) session.getSession().setAttribute(LAST_ACTIVITY, System.currentTimeMillis());
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        if (!(request instanceof com.vaadin.flow.server.VaadinServletRequest servlet)) return;
        HttpSession session = servlet.getHttpServletRequest().getSession(false);
        if (session == null) return;
        Object last;
        try {
            last = session.getAttribute(LAST_ACTIVITY);
        } catch (IllegalStateException invalidated) {
            return;
        }
        if (!(last instanceof Long at)) return;
        boolean heartbeat = "heartbeat".equals(request.getParameter("v-r"));
        if (!heartbeat) {
            session.setAttribute(LAST_ACTIVITY, System.currentTimeMillis());
        } else if (System.currentTimeMillis() - at > timeout.toMillis()) {
            session.invalidate();
        }
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession vaadinSession, Exception t) {}

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {}
}
