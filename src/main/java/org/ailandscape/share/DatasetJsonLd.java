package org.ailandscape.share;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ailandscape.link.PageState;
import org.ailandscape.link.ReadingMode;
import org.ailandscape.report.Citation;
import org.ailandscape.report.Lineage;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.archive.StoredVersion;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dataset described for machines, in the first response: schema.org {@code Dataset} as JSON-LD
 * (what dataset search engines index), with its name and description in both languages, the version
 * and its dates, where to download it (JSON, CSV, ZIP, all of this version) and how to cite it. The
 * report names no licence and no author, so the description claims neither.
 */
public final class DatasetJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatasetJsonLd() {}

    /** Writes the description into the document's head. */
    public static void write(Document document, ReportSnapshot snapshot, Lineage lineage, LinkPreview.Chrome chrome, String base) {
        String json = JSON.writeValueAsString(of(snapshot, lineage, chrome, base))
                // Inside <script>: no "</script>" or "<!--" can end it early.
                .replace("<", "\\u003c");
        document.head().appendElement("script").attr("type", "application/ld+json").appendChild(new DataNode(json));
    }

    static Map<String, Object> of(ReportSnapshot snapshot, Lineage lineage, LinkPreview.Chrome chrome, String base) {
        Report report = snapshot.report();
        String id = snapshot.version();
        String permalink = base + "/?version=" + id;
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@context", "https://schema.org");
        dataset.put("@type", "Dataset");
        dataset.put("@id", permalink);
        dataset.put("name", both(Language.EN, report.info().title().en(), Language.ZH, report.info().title().zh()));
        dataset.put("description", both(
                Language.EN, LinkPreview.of(report, PageState.EMPTY.withLang(ReadingMode.EN), Language.EN, chrome).description(),
                Language.ZH, LinkPreview.of(report, PageState.EMPTY.withLang(ReadingMode.ZH), Language.ZH, chrome).description()));
        dataset.put("url", base + "/");
        dataset.put("version", snapshot.dataset().id());
        dataset.put("identifier", snapshot.dataset().id());
        lineage.versions().stream().map(StoredVersion::day).min(java.util.Comparator.naturalOrder())
                .ifPresent(first -> dataset.put("datePublished", first.toString()));
        dataset.put("dateModified", snapshot.dataset().changed().toString());
        dataset.put("inLanguage", List.of(Language.EN.htmlLang(), Language.ZH.htmlLang()));
        dataset.put("isAccessibleForFree", true);
        dataset.put("temporalCoverage", report.info().edition());
        dataset.put("citation", Citation.of(snapshot, Language.EN));
        List<Map<String, Object>> distribution = new ArrayList<>();
        distribution.add(download("application/json", base + "/api/versions/" + id));
        distribution.add(download("text/csv", base + "/api/companies.csv?version=" + id));
        distribution.add(download("application/zip", base + "/api/report.zip?version=" + id));
        dataset.put("distribution", distribution);
        return dataset;
    }

    private static List<Map<String, String>> both(Language first, String firstText, Language second, String secondText) {
        return List.of(Map.of("@language", first.htmlLang(), "@value", firstText), Map.of("@language", second.htmlLang(), "@value", secondText));
    }

    private static Map<String, Object> download(String type, String url) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("@type", "DataDownload");
        entry.put("encodingFormat", type);
        entry.put("contentUrl", url);
        return entry;
    }
}
