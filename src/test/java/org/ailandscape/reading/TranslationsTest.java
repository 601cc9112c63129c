package org.ailandscape.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ailandscape.link.ReadingMode;
import org.ailandscape.report.model.Language;
import org.junit.jupiter.api.Test;

/** Every piece of chrome is translated: both files have the same keys, and every key the views use exists. */
class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveTheSameKeysAndNoEmptyValue() throws IOException {
        Properties en = load("translations.properties");
        Properties zh = load("translations_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(zh.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void everyKeyTheViewsUseIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\\.t\\(\\s*\"([a-zA-Z0-9.-]+)\"|translations\\.get\\(\\s*\"([a-zA-Z0-9.-]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) used.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        // A key ending in "." is a prefix completed at run time (below).
        used.removeIf(key -> key.endsWith("."));
        // Keys built at run time: one per section and reading mode, the error pages' words.
        for (var section : org.ailandscape.report.Section.values()) used.add("nav." + section.id());
        used.addAll(Set.of("section.overview", "section.kpis", "error.back"));
        for (String page : Set.of(org.ailandscape.page.ErrorContent.NOT_FOUND, org.ailandscape.page.ErrorContent.FAILED)) used.addAll(Set.of(page + ".title", page + ".text"));
        for (var mode : ReadingMode.values()) used.add("lang." + mode.key());
        assertThat(used).hasSizeGreaterThan(30);
        Set<String> keys = load("translations.properties").stringPropertyNames();
        assertThat(keys).containsAll(used);
    }

    @Test
    void aMissingWordShowsAsSuch() {
        Translations words = new Translations();
        assertThat(words.get("nav.faq", Language.ZH)).isEqualTo("常见问题");
        assertThat(words.get("companies.count", Language.EN, 3, 12)).isEqualTo("3 of 12 shown");
        assertThat(words.get("no.such.key", Language.EN)).isEqualTo("!en: no.such.key");
    }
}
