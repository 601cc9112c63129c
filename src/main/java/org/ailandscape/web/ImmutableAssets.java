package org.ailandscape.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The production bundle's files carry a hash of their content in their name
 * ({@code VAADIN/build/indexhtml-BjVvYoQH.js}): a changed file is a new name, so a browser may keep
 * these for a year without asking again. Vaadin serves them with {@code max-age=3600}; this makes them
 * immutable, which saves a returning reader every revalidation round trip. Anything else is left as is.
 */
@Component
class ImmutableAssets extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[\\w.-]+-[\\w-]{8}\\.(js|css|woff2?|svg|png)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                || !HASHED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Where Vaadin's file server sets its caching (it does so only for a file it serves, never for a
        // 404), the immutable policy goes instead.
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? IMMUTABLE : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if ("Cache-Control".equalsIgnoreCase(name)) super.setHeader(name, IMMUTABLE);
                else super.addHeader(name, value);
            }
        });
    }
}
