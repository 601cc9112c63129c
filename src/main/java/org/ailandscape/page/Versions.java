package org.ailandscape.page;

import com.vaadin.flow.dom.Element;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ailandscape.link.PageState;
import org.ailandscape.reading.PageView;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.archive.FieldChange;
import org.ailandscape.report.archive.StoredVersion;
import org.ailandscape.report.archive.VersionHistory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The page's parts about versions: the banner of an older version (its date, the way to the latest,
 * and what changed since), the footer's list of every version with its permanent link, and a number's
 * values across versions in its explanation. Every value and note is data, so each goes in as text.
 */
final class Versions {

    /** How many changes a list shows before it points at the full list (the API's). */
    static final int SHOWN_CHANGES = 60;
    private static final int VALUE_LENGTH = 160;

    private Versions() {}

    /** The element id the page gives an item of the report. */
    static String anchor(ReportSnapshot.Item item) {
        return switch (item.kind()) {
            case METRIC -> "metric-" + item.id();
            case ERA -> "phase";
            case SEGMENT -> "segment-" + item.id();
            case CARD -> item.section().id() + "-" + item.id();
            case COMPANY -> "company-" + item.id();
            case ANSWER -> "faq-" + item.id();
        };
    }

    /** The banner of a version that is not the latest; empty for the latest. */
    static Optional<Element> banner(PageView view) {
        if (view.isLatest()) return Optional.empty();
        Reading reading = view.reading();
        var shown = view.snapshot().dataset();
        var latest = view.lineage().latest();
        Element banner = Markup.el("aside", "version-banner").setAttribute("id", "version-banner").setAttribute("lang", reading.chrome().htmlLang())
                .setAttribute("aria-label", reading.t("versions.title"));
        Element text = Markup.text("p", reading.t("notice.older", shown.changed().toString(), shown.hash()) + " ", "version-banner-text");
        // A real page load (router-ignore): the latest is another version, so another page.
        text.appendChild(Markup.link(view.state().forLinks().withVersion(null).href(), reading.t("notice.latest", latest.changed().toString()),
                "version-latest").setAttribute("router-ignore", true));
        banner.appendChild(text);
        List<FieldChange> changes = view.lineage().toLatest();
        Element details = Markup.el("details", "changes").setAttribute("id", "changes");
        details.appendChild(Markup.text("summary", reading.t("notice.changes", String.valueOf(changes.size())), "changes-summary"));
        details.appendChild(changeList(view, changes, "api/changes?since=" + shown.hash()));
        return Optional.of(banner.appendChild(details));
    }

    /** The changes as a list: the item (a link to it on the page), the field, old → new. */
    static Element changeList(PageView view, List<FieldChange> changes, String full) {
        Reading reading = view.reading();
        if (changes.isEmpty()) return Markup.text("p", reading.t("changes.none"), "change-none");
        Element list = Markup.el("ol", "change-list");
        // One entry per item of the report (a KPI, a company), its fields below it, in the order of the changes.
        Element fields = null;
        String current = null;
        for (FieldChange change : changes.subList(0, Math.min(changes.size(), SHOWN_CHANGES))) {
            String key = change.file() + "|" + change.item();
            if (fields == null || !key.equals(current)) {
                current = key;
                Element entry = Markup.el("li", "change");
                Optional<ReportSnapshot.Item> item = Optional.ofNullable(change.item()).flatMap(view.snapshot()::item);
                if (item.isPresent()) entry.appendChild(Markup.link("#" + anchor(item.get()), reading.lead(item.get().title()), "change-item"));
                else entry.appendChild(Markup.text("span", change.item() != null ? change.item() : change.file(), "change-item"));
                fields = Markup.el("ul", "change-fields");
                entry.appendChild(fields);
                list.appendChild(entry);
            }
            Element field = Markup.el("li", "change-field-entry");
            field.appendChild(Markup.text("code", change.file() + " " + change.path(), "change-field"));
            Element values = Markup.el("span", "change-values");
            values.appendChild(value("del", change.before(), reading.t("changes.added")));
            values.appendChild(Markup.text("span", " → ", "change-arrow").setAttribute("aria-hidden", "true"));
            values.appendChild(value("ins", change.after(), reading.t("changes.removed")));
            field.appendChild(values);
            fields.appendChild(field);
        }
        Element wrapper = Markup.el("div", "change-wrap").appendChild(list);
        if (changes.size() > SHOWN_CHANGES) {
            Element more = Markup.text("p", reading.t("changes.more", String.valueOf(changes.size() - SHOWN_CHANGES)), "change-more");
            more.appendChild(Markup.link(full, full));
            wrapper.appendChild(more);
        }
        return wrapper;
    }

    private static Element value(String tag, @Nullable JsonNode node, String absent) {
        if (node == null || node.isMissingNode()) return Markup.text("span", absent, "change-absent");
        String text = node.isString() ? node.asString() : node.toString();
        if (text.length() > VALUE_LENGTH) text = text.substring(0, VALUE_LENGTH - 1) + "…";
        return Markup.text(tag, text, "change-value");
    }

    /**
     * For a returning reader, on a page of the latest version: what changed since each earlier version (the
     * items' element ids and how many figures), for the page's script, which compares it with the version
     * the browser last showed (kept in its storage, never sent). Hidden; empty for an older version.
     */
    static Optional<Element> returning(PageView view) {
        if (!view.isLatest()) return Optional.empty();
        Reading reading = view.reading();
        StringBuilder json = new StringBuilder("{");
        boolean first = true;
        for (StoredVersion version : view.lineage().versions()) {
            List<FieldChange> changes = view.lineage().sinceEach().get(version.id());
            if (changes == null) continue;
            Set<String> anchors = new LinkedHashSet<>();
            Set<String> figures = new LinkedHashSet<>();
            for (FieldChange change : changes) {
                if (change.figure() != null) figures.add(change.figure());
                Optional.ofNullable(change.item()).flatMap(view.snapshot()::item).ifPresent(item -> anchors.add(anchor(item)));
            }
            json.append(first ? "" : ",").append(quote(version.id())).append(":{\"date\":").append(quote(version.day().toString()))
                    .append(",\"figures\":").append(figures.size()).append(",\"anchors\":[");
            json.append(String.join(",", anchors.stream().map(Versions::quote).toList())).append("]}");
            first = false;
        }
        json.append("}");
        return Optional.of(Markup.el("div", "returning-data").setAttribute("id", "returning-data").setAttribute("hidden", true)
                .setAttribute("data-latest", view.snapshot().version()).setAttribute("data-since", json.toString())
                .setAttribute("data-changed", reading.t("returning.changed")).setAttribute("data-changed-some", reading.t("returning.changedSome"))
                .setAttribute("data-show", reading.t("returning.show")).setAttribute("data-dismiss", reading.t("returning.dismiss"))
                .setAttribute("data-mark", reading.t("returning.mark"))
                .setAttribute("data-show-href", view.state().languageOnly().withVersion("VERSION").href() + "#changes"));
    }

    /** A JSON string (of ids and dates: no character needs more than this). */
    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') quoted.append('\\').append(c);
            else if (c < 0x20) quoted.append(String.format("\\u%04x", (int) c));
            else quoted.append(c);
        }
        return quoted.append('"').toString();
    }

    /** The footer's list of versions, each with its permanent link, the one shown and the latest marked. */
    static Element list(PageView view) {
        Reading reading = view.reading();
        List<StoredVersion> versions = view.lineage().versions();
        Element details = Markup.el("details", "versions").setAttribute("id", "versions");
        details.appendChild(Markup.text("summary", reading.t("versions.title") + (versions.isEmpty() ? "" : " (" + versions.size() + ")"), "versions-summary"));
        details.appendChild(Markup.text("p", reading.t("versions.intro"), "versions-intro"));
        if (!view.lineage().available()) details.appendChild(Markup.text("p", reading.t("notice.storeDown"), "versions-down"));
        else if (versions.isEmpty()) details.appendChild(Markup.text("p", reading.t("versions.none"), "versions-none"));
        Element list = Markup.el("ol", "version-list");
        String latest = view.lineage().latest().hash();
        PageState base = view.state().languageOnly();
        for (StoredVersion version : versions) {
            Element entry = Markup.el("li", "version").setAttribute("id", "version-" + version.id());
            entry.appendChild(Markup.link(base.withVersion(version.id()).href(), version.day() + " · " + version.id(), "version-link")
                    .setAttribute("router-ignore", true));
            entry.appendChild(Markup.text("span", " " + author(version, reading), "version-author"));
            if (version.id().equals(latest)) entry.appendChild(Markup.text("span", reading.t("versions.latest"), "version-tag"));
            if (version.id().equals(view.snapshot().version())) entry.appendChild(Markup.text("span", reading.t("versions.shown"), "version-tag", "shown"));
            if (!version.note().isBlank()) entry.appendChild(Markup.text("span", version.note(), "version-note"));
            entry.appendChild(Markup.link("api/versions/" + version.id(), reading.t("versions.json"), "version-json"));
            list.appendChild(entry);
        }
        if (!versions.isEmpty()) details.appendChild(list);
        return details;
    }

    static String author(StoredVersion version, Reading reading) {
        return switch (version.author()) {
            case StoredVersion.FILE -> reading.t("versions.by.file");
            case StoredVersion.BUNDLE -> reading.t("versions.by.bundle");
            default -> reading.t("versions.by", version.author());
        };
    }

    /** A number's values across versions, for its explanation; empty when no version history is known. */
    static Optional<Element> history(PageView view, String... ids) {
        VersionHistory history = view.lineage().history();
        List<VersionHistory.Point> points = List.of();
        for (String id : ids) {
            List<VersionHistory.Point> found = history.of(id);
            if (found.size() > points.size()) points = found;
        }
        if (points.isEmpty()) return Optional.empty();
        Reading reading = view.reading();
        Element block = Markup.el("div", "history");
        block.appendChild(Markup.text("p", reading.t("history.title"), "history-title"));
        if (points.size() == 1) {
            return Optional.of(block.appendChild(Markup.text("p", reading.t("history.unchanged", points.getFirst().day().toString()), "history-unchanged")));
        }
        Element list = Markup.el("ol", "history-list");
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < points.size(); i++) {
            VersionHistory.Point point = points.get(i);
            if (!seen.add(point.version())) continue;
            Element entry = Markup.el("li", "history-point");
            if (point.version().equals(view.snapshot().version())) entry.getClassList().add("shown");
            entry.appendChild(Markup.link(view.state().languageOnly().withVersion(point.version()).href(), point.day().toString(), "history-date")
                    .setAttribute("router-ignore", true));
            entry.appendChild(Markup.text("span", " " + reading.lead(point.display()), "history-value"));
            String about = i == 0 ? reading.t("history.first") : point.note().isBlank() ? author(new StoredVersion(point.version(), "", java.time.Instant.EPOCH,
                    point.author(), ""), reading) : point.note();
            entry.appendChild(Markup.text("span", " — " + about, "history-note"));
            list.appendChild(entry);
        }
        return Optional.of(block.appendChild(list));
    }
}
