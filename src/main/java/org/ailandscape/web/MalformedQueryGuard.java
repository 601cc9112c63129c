package org.ailandscape.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An odd link opens the page with the odd part ignored. A query with a broken percent-escape
 * ({@code ?lang=%ZZ}) makes the servlet container refuse every parameter of the request, so the
 * whole page failed with 400 and an error in the log. Here such a query is cleaned first: the pairs
 * that do not decode are dropped and the rest reaches the page and the API as if they had been all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedQueryGuard extends OncePerRequestFilter {

    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query == null || java.util.Arrays.stream(query.split("&")).allMatch(MalformedQueryGuard::decodes)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new CleanedQuery(request, clean(query)), response);
    }

    /** The pairs of {@code query} whose name and value decode, in their order. */
    static String clean(String query) {
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && decodes(pair)) kept.add(pair);
        }
        return String.join("&", kept);
    }

    /** Whether a pair's escapes are all whole and what they spell is UTF-8 (%C0%AF, say, is not). */
    static boolean decodes(String pair) {
        if (BROKEN_ESCAPE.matcher(pair).find()) return false;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < pair.length(); i++) {
            char c = pair.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(pair, i + 1, i + 3, 16));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return true; // a raw non-ASCII character: the container decodes it as it is
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    static Map<String, String[]> parse(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        Map<String, String[]> parameters = new LinkedHashMap<>();
        values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
        return Collections.unmodifiableMap(parameters);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The request with the cleaned query; its parameters come from that query alone (these are GETs of links). */
    private static final class CleanedQuery extends HttpServletRequestWrapper {

        private final String query;
        private final Map<String, String[]> parameters;

        CleanedQuery(HttpServletRequest request, String query) {
            super(request);
            this.query = query;
            this.parameters = parse(query);
        }

        @Override
        public @Nullable String getQueryString() {
            return query.isEmpty() ? null : query;
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
