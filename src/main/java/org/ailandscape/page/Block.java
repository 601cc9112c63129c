package org.ailandscape.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A part of the page the reader does not change from within (a card's text, a section's heading, a
 * tier's segments): built once from Flow elements, then kept as its markup, so that it is one element on
 * the server whatever it holds. The markup of a block is the same for every reader of the same version,
 * reading and state of what it shows, and is shared by all of them ({@link #cached}): a reader holds a
 * reference, not a copy. When what it shows changes, the page puts a new block in its place, or
 * {@link #show}s the new content in it.
 */
public final class Block extends Component {

    /** Markup kept for a few hundred blocks: the many readers of the same few views share them. */
    static final int CACHED = 1024;

    private static final Map<String, Frozen> CACHE = new LinkedHashMap<>(CACHED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Frozen> eldest) {
            return size() > CACHED;
        }
    };

    /** A block as it is kept: its element's tag and attributes, and the markup inside it. */
    record Frozen(String tag, Map<String, String> attributes, String html) {

        static Frozen of(Element built) {
            Map<String, String> attributes = new LinkedHashMap<>();
            built.getAttributeNames().forEach(name -> attributes.put(name, built.getAttribute(name)));
            return new Frozen(built.getTag(), Map.copyOf(attributes), Rendered.innerHtml(built));
        }
    }

    private String key;

    private Block(String key, Frozen frozen) {
        super(new Element(frozen.tag()));
        this.key = key;
        apply(frozen);
    }

    /** A block of what {@code build} builds (a detached element), not kept for others. */
    static Block of(Element built) {
        return new Block("", Frozen.of(built));
    }

    /**
     * A block kept under {@code key}, which must name everything its markup depends on (the version, the
     * reading, the state it shows); {@code build} runs only when no reader has asked for it yet.
     */
    static Block cached(String key, Supplier<Element> build) {
        return new Block(key, frozen(key, build));
    }

    /** The markup of what {@code build} builds, shared under {@code key} as {@link #cached} is (for an element that is not a block). */
    static String markup(String key, Supplier<Element> build) {
        return frozen(key, build).html();
    }

    /** Shows another content in this block (same tag), if it differs from what it shows. */
    void show(String key, Supplier<Element> build) {
        if (key.equals(this.key)) return;
        this.key = key;
        Frozen frozen = frozen(key, build);
        if (!frozen.tag().equals(getElement().getTag())) throw new IllegalArgumentException("a block keeps its tag: " + frozen.tag());
        getElement().getAttributeNames().filter(name -> !frozen.attributes().containsKey(name)).toList()
                .forEach(getElement()::removeAttribute);
        apply(frozen);
    }

    /** What the block shows now: the key it was built for. */
    String key() {
        return key;
    }

    private void apply(Frozen frozen) {
        frozen.attributes().forEach((name, value) -> {
            if (!value.equals(getElement().getAttribute(name))) getElement().setAttribute(name, value);
        });
        // The markup was built by Flow's Element API from the report's data: its text is escaped.
        getElement().setProperty("innerHTML", frozen.html());
    }

    private static Frozen frozen(String key, Supplier<Element> build) {
        if (key.isEmpty()) return Frozen.of(build.get());
        synchronized (CACHE) {
            Frozen kept = CACHE.get(key);
            if (kept != null) return kept;
        }
        Frozen built = Frozen.of(build.get());
        synchronized (CACHE) {
            CACHE.putIfAbsent(key, built);
        }
        return built;
    }
}
