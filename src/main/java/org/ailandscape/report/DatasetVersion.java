package org.ailandscape.report;

import java.time.LocalDate;

/**
 * The dataset's version as readers see it and cite it: the date of the last change of its files and a
 * short hash of their content, e.g. {@code 2026-11-28.3f9a1c2b7e}. The hash alone identifies the
 * content (equal data, equal hash); the date tells a reader how recent it is.
 */
public record DatasetVersion(LocalDate changed, String hash) {

    /** The id written in the footer, citations, CSV files and the JSON. */
    public String id() {
        return changed + "." + hash;
    }

    @Override
    public String toString() {
        return id();
    }
}
