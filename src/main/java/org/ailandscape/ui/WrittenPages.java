package org.ailandscape.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ailandscape.reading.PageView;

/**
 * The first responses written out, kept for the views most asked for: the many readers of the same few
 * links (the plain page in each language, a shared link) cost one rendering each.
 */
final class WrittenPages {

    static final int KEPT = 64;

    private final Map<String, String> pages = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    String page(PageView view, Supplier<String> write) {
        // The view's key names the version, where it stands (the latest, the store answering) and the reading.
        String key = view.key() + "|" + view.state().toQueryString();
        synchronized (pages) {
            String kept = pages.get(key);
            if (kept != null) return kept;
        }
        String page = write.get();
        synchronized (pages) {
            pages.put(key, page);
        }
        return page;
    }
}
