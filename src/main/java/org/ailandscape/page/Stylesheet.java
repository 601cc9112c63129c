package org.ailandscape.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * The page's one stylesheet ({@code frontend/styles/report.css}, on the classpath as
 * {@code styles/report.css}), written into the {@code <head>} of the first response and of every embed:
 * the page then paints as soon as its HTML has arrived, with no request before the first paint.
 * Comments are left out; it is read once.
 */
@Component
public final class Stylesheet {

    static final String RESOURCE = "styles/report.css";

    private final String css;

    public Stylesheet() {
        try (InputStream in = Stylesheet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the page's stylesheet is missing from the classpath: " + RESOURCE);
            css = compact(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public String css() {
        return css;
    }

    /** Without comments and blank lines (what the browser ignores anyway). */
    static String compact(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s+", "").replaceAll("\\n{2,}", "\n").strip();
    }
}
