package org.ailandscape.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One JSON tree per distinct chart option, shared by every reader's chart. A server-side UI keeps the
 * option it was given for as long as it lives; without this, each reader of the same page would hold
 * its own copy of the same few kilobytes of identical JSON per chart. Options are keyed by their JSON
 * text and held in a small least-recently-used map, so options nobody uses any more age out.
 *
 * <p>Flow keeps the tree as it is (it neither copies nor changes it) and only reads it to write the
 * response; a tree handed out here is therefore never modified.
 */
final class SharedOptions {

    static final int CAPACITY = 256;

    private static final Map<String, JsonNode> OPTIONS = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
            return size() > CAPACITY;
        }
    };

    private SharedOptions() {}

    /** The shared tree equal to {@code option}: an earlier equal one, or {@code option} itself. */
    static JsonNode canonical(JsonNode option) {
        String key = option.toString();
        synchronized (OPTIONS) {
            JsonNode shared = OPTIONS.putIfAbsent(key, option);
            return shared != null ? shared : option;
        }
    }

    static int size() {
        synchronized (OPTIONS) {
            return OPTIONS.size();
        }
    }
}
