package org.ailandscape.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response. The Content-Security-Policy is as strict as Vaadin Flow allows:
 * its bootstrap page has inline scripts and its client runs server-sent JavaScript with
 * {@code new Function} ({@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts), and its
 * components set inline styles ({@code 'unsafe-inline'} for styles). Everything else is same-origin
 * only; nothing may frame the page but the embeds ({@code /embed/**}).
 *
 * <p>No {@code Cross-Origin-Opener-Policy}: {@code same-origin} made the browser move every arriving
 * page into a new browsing context group, and the page's stylesheet and script were then asked for
 * 150 to 250 ms later (measured in Chromium 156, the same page served with and without it). The page
 * holds no reader's data and opens no windows, so the isolation bought little for a slower first paint.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    private static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");
    static final String CONTENT_SECURITY_POLICY = POLICY + "; frame-ancestors 'none'";
    /** The embeds ({@code /embed/**}) exist to be framed by any site; nothing else may be. */
    static final String EMBED_POLICY = POLICY + "; frame-ancestors *";
    /** The editor's preview of a draft ({@code /edit/preview}) is framed by the editor, and by nothing else. */
    static final String PREVIEW_POLICY = POLICY + "; frame-ancestors 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean embed = request.getRequestURI().startsWith(request.getContextPath() + "/embed/");
        boolean preview = request.getRequestURI().equals(request.getContextPath() + "/edit/preview");
        response.setHeader("Content-Security-Policy", embed ? EMBED_POLICY : preview ? PREVIEW_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (preview) response.setHeader("X-Frame-Options", "SAMEORIGIN");
        else if (!embed) response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        chain.doFilter(request, response);
    }
}
