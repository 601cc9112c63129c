package org.ailandscape.report;

/** The sections of the report, in reading order. The id is used in URLs and element ids. */
public enum Section {
    OVERVIEW("overview"),
    KPIS("kpis"),
    VALUE_CHAIN("value-chain"),
    MARKET("market"),
    COMPANIES("companies"),
    FORCES("forces"),
    REGIONS("regions"),
    FAQ("faq");

    private final String id;

    Section(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static java.util.Optional<Section> byId(String id) {
        for (Section section : values()) {
            if (section.id.equals(id)) return java.util.Optional.of(section);
        }
        return java.util.Optional.empty();
    }
}
