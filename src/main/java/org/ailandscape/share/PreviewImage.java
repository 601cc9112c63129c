package org.ailandscape.share;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/** Draws the 1200×630 card a link preview shows: the report's title, the view's heading and figure. */
final class PreviewImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final int MARGIN = 72;
    private static final String FONT = pickFont();

    private PreviewImage() {}

    static byte[] render(String kicker, String title, String heading, String figure) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0x13203d), WIDTH, HEIGHT, new Color(0x3a2f6b)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0x7fb2ff));
            g.fillRect(MARGIN, MARGIN, 96, 8);

            int y = MARGIN + 60;
            g.setColor(new Color(0xc6cff5));
            y = draw(g, kicker, new Font(FONT, Font.PLAIN, 28), y, 1);
            g.setColor(Color.WHITE);
            y = draw(g, title, new Font(FONT, Font.BOLD, 56), y + 12, 2);
            if (!heading.isBlank() && !heading.equals(kicker)) {
                g.setColor(new Color(0xe4e8ff));
                y = draw(g, heading, new Font(FONT, Font.PLAIN, 40), y + 28, 3);
            }
            if (!figure.isBlank()) {
                g.setColor(new Color(0x9cc3ff));
                draw(g, figure, new Font(FONT, Font.BOLD, 72), Math.max(y + 40, HEIGHT - MARGIN - 40), 1);
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws wrapped text from baseline {@code y}, at most {@code maxLines} lines; returns the next baseline. */
    private static int draw(Graphics2D g, String text, Font font, int y, int maxLines) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        List<String> lines = wrap(text, metrics, WIDTH - 2 * MARGIN, maxLines);
        for (String line : lines) {
            g.drawString(line, MARGIN, y);
            y += metrics.getHeight();
        }
        return y;
    }

    /** Breaks at spaces where there are any (English), else between characters (Chinese); ellipsis past the last line. */
    static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < text.length() && lines.size() < maxLines) {
            int next = nextBreak(text, i);
            String piece = text.substring(i, next);
            if (metrics.stringWidth(line + piece) > width && !line.isEmpty()) {
                lines.add(line.toString().strip());
                line.setLength(0);
                if (lines.size() == maxLines) break;
            }
            line.append(piece);
            i = next;
        }
        if (lines.size() < maxLines && !line.isEmpty()) {
            lines.add(line.toString().strip());
            i = text.length();
        }
        if (i < text.length() && !lines.isEmpty()) {
            String last = lines.removeLast();
            while (!last.isEmpty() && metrics.stringWidth(last + "…") > width) last = last.substring(0, last.length() - 1);
            lines.add(last + "…");
        }
        return lines;
    }

    private static int nextBreak(String text, int from) {
        char c = text.charAt(from);
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) return from + 1;
        int end = from + 1;
        while (end < text.length() && text.charAt(end) != ' ' && Character.UnicodeScript.of(text.charAt(end)) != Character.UnicodeScript.HAN) end++;
        if (end < text.length() && text.charAt(end) == ' ') end++;
        return end;
    }

    /** A font that has Chinese glyphs if the machine has one (fonts-noto-cjk), else the logical sans-serif. */
    private static String pickFont() {
        Set<String> families = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String candidate : List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei")) {
            if (families.contains(candidate)) return candidate;
        }
        return Font.SANS_SERIF;
    }
}
