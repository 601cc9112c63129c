package org.ailandscape.share;

/**
 * The {@code <iframe>} of an embed, as the share menu's snippet and the oEmbed answer give it. Its
 * attributes are escaped as {@code frontend/embed-snippet.js}'s {@code attribute()} reads them, and it
 * starts with its address, which that script finds by this text.
 */
public final class EmbedSnippet {

    /** The frame's height before the host's few lines of script fit it to its content (CSS pixels). */
    public static final int FRAME_HEIGHT = 480;

    private EmbedSnippet() {}

    /** {@code width} as the attribute takes it ("100%" or pixels); {@code style} the frame's own CSS. */
    public static String iframe(String src, String title, String width, int height, String style) {
        return "<iframe src=\"" + attr(src) + "\" title=\"" + attr(title) + "\" width=\"" + width + "\" height=\"" + height + "\" loading=\"lazy\""
                + " style=\"" + style + "\" data-ai-landscape-embed></iframe>";
    }

    private static String attr(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
