package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** faq.json: questions with answers as blocks, so tables stay tables. */
@JsonIgnoreProperties("$schema")
public record Faq(Text heading, List<Item> items) {

    public record Item(String id, Text question, Answer answer, List<Figure> figures) {}

    public record Answer(List<Block> en, List<Block> zh) {
        public List<Block> in(Language language) {
            return language == Language.EN ? en : zh;
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Table.class, name = "table"),
        @JsonSubTypes.Type(value = BulletList.class, name = "list")
    })
    public sealed interface Block permits Paragraph, Table, BulletList {}

    /** A paragraph; {@code lead} is its bold run-in words, if any. */
    public record Paragraph(@Nullable String lead, String text) implements Block {}

    public record Table(@Nullable String caption, List<String> header, List<List<String>> rows) implements Block {}

    public record BulletList(List<String> items) implements Block {}
}
