package org.ailandscape.report.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What changed between two versions, field by field: entries with ids matched by id, texts in both languages. */
class DatasetDiffTest {

    private static Map<String, byte[]> file(String name, String json) {
        return Map.of(name, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aChangedNumberAndTextAreOneFieldEachWithTheirIds() {
        List<FieldChange> changes = DatasetDiff.between(
                file("kpis.json", "{\"$schema\":\"a\",\"kpis\":[{\"id\":\"k\",\"label\":{\"en\":\"A\",\"zh\":\"甲\"},\"figures\":[{\"id\":\"f\",\"value\":1}]}]}"),
                file("kpis.json", "{\"$schema\":\"b\",\"kpis\":[{\"id\":\"k\",\"label\":{\"en\":\"A\",\"zh\":\"乙\"},\"figures\":[{\"id\":\"f\",\"value\":2}]}]}"));
        assertThat(changes).extracting(FieldChange::path).containsExactly("$.kpis[0].label.zh", "$.kpis[0].figures[0].value");
        assertThat(changes.get(0).figure()).isEqualTo("k");
        assertThat(changes.get(0).before().asString()).isEqualTo("甲");
        assertThat(changes.get(1).figure()).isEqualTo("f");
        assertThat(changes.get(1).item()).as("the KPI it belongs to").isEqualTo("k");
        assertThat(changes.get(1).isNumber()).isTrue();
    }

    @Test
    void anEntryAddedOrMovedIsThatAndNotEveryEntryAfterIt() {
        List<FieldChange> changes = DatasetDiff.between(
                file("companies.json", "{\"companies\":[{\"id\":\"a\",\"n\":1},{\"id\":\"b\",\"n\":2}]}"),
                file("companies.json", "{\"companies\":[{\"id\":\"c\",\"n\":3},{\"id\":\"a\",\"n\":1},{\"id\":\"b\",\"n\":2}]}"));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("$.companies[0]");
            assertThat(c.figure()).isEqualTo("c");
            assertThat(c.before()).isNull();
            assertThat(c.after().get("n").asInt()).isEqualTo(3);
        });
        List<FieldChange> removed = DatasetDiff.between(
                file("companies.json", "{\"companies\":[{\"id\":\"a\",\"n\":1},{\"id\":\"b\",\"n\":2}]}"),
                file("companies.json", "{\"companies\":[{\"id\":\"b\",\"n\":2}]}"));
        assertThat(removed).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("$.companies[0]");
            assertThat(c.after()).isNull();
        });
    }

    @Test
    void equalFilesHaveNoChangesAndOddKeysAreQuoted() {
        assertThat(DatasetDiff.between(file("faq.json", "{\"x\":1}"), file("faq.json", "{\"x\":1}"))).isEmpty();
        assertThat(DatasetDiff.between(file("faq.json", "{\"a b\":[1,2]}"), file("faq.json", "{\"a b\":[1,3]}")))
                .extracting(FieldChange::path).containsExactly("$['a b'][1]");
        assertThat(DatasetDiff.between(file("faq.json", "{\"l\":[1,2]}"), file("faq.json", "{\"l\":[1,2,3]}")))
                .as("a list of another length changes as a whole").extracting(FieldChange::path).containsExactly("$.l");
    }
}
