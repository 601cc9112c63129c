package org.ailandscape.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import com.vaadin.flow.server.HandlerHelper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin reads the {@code v-r} query parameter as its internal request type and answers an unknown
 * type with a server error. A reader's typo or a scanner's garbage there gets a plain 400 instead.
 * The query string is read by hand so that no request body is consumed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class VaadinRequestTypeGuard extends OncePerRequestFilter {

    /** The request types Flow knows, from its own public list. */
    private static final Set<String> KNOWN = Arrays.stream(HandlerHelper.RequestType.values())
            .map(HandlerHelper.RequestType::getIdentifier).collect(Collectors.toUnmodifiableSet());

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.contains("v-r=") && !knownType(query)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Bad request");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean knownType(String query) {
        for (String part : query.split("&")) {
            if (part.startsWith("v-r=")) {
                String value;
                try {
                    value = URLDecoder.decode(part.substring(4), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return false;
                }
                if (!KNOWN.contains(value)) return false;
            }
        }
        return true;
    }
}
