package org.ailandscape.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * A figure of the dataset as its form edits it: the amount (a value, or low and high), unit, qualifier,
 * period, the display text and label in both languages, and its sources. {@link Form} is the mutable
 * bean a form binds; {@link #edits} turns a filled-in form into field edits.
 */
public record FigureFields(String file, String path, String id, @Nullable JsonNode node) {

    /** The JSON properties of a figure that this form edits (a figure has an id, unit, qualifier and display). */
    static boolean isFigure(JsonNode node) {
        return node.has("unit") && node.has("qualifier") && node.has("display") && node.has("sources");
    }

    static FigureFields of(String file, String path, JsonNode node) {
        return new FigureFields(file, path, node.get("id").asString(), node.deepCopy());
    }

    /** A form filled in with the figure as it is. */
    public Form form() {
        Form form = new Form();
        form.value = number("value");
        form.low = number("low");
        form.high = number("high");
        form.unit = wordOf("unit");
        form.qualifier = wordOf("qualifier");
        form.period = wordOf("period");
        form.displayEn = text("display", "en");
        form.displayZh = text("display", "zh");
        form.labelEn = text("label", "en");
        form.labelZh = text("label", "zh");
        form.sources = new LinkedHashSet<>();
        JsonNode sources = node == null ? null : node.get("sources");
        if (sources != null) sources.forEach(s -> form.sources.add(s.asString()));
        return form;
    }

    /** The edits that turn the figure into the one the form describes (none for what the form left as it was). */
    public List<FieldEdit> edits(Form form) {
        List<FieldEdit> edits = new ArrayList<>();
        edit(edits, "value", amount(form.value));
        edit(edits, "low", amount(form.low));
        edit(edits, "high", amount(form.high));
        edit(edits, "unit", word(form.unit));
        edit(edits, "qualifier", word(form.qualifier));
        edit(edits, "period", word(form.period));
        edit(edits, "display.en", word(form.displayEn));
        edit(edits, "display.zh", word(form.displayZh));
        if (node != null && node.has("label")) {
            edit(edits, "label.en", word(form.labelEn));
            edit(edits, "label.zh", word(form.labelZh));
        }
        ArrayNode sources = JsonNodeFactory.instance.arrayNode();
        form.sources.forEach(sources::add);
        edit(edits, "sources", sources);
        return edits;
    }

    private void edit(List<FieldEdit> edits, String relative, @Nullable JsonNode after) {
        JsonNode before = node == null ? null : JsonPath.parse("$." + relative).find(node);
        if (before == null && after == null) return;
        if (before != null && after != null && before.isNumber() && after.isNumber()
                && before.decimalValue().compareTo(after.decimalValue()) == 0) return;
        if (Objects.equals(before, after)) return;
        edits.add(new FieldEdit(file, path + "." + relative, before, after));
    }

    private String number(String name) {
        JsonNode value = node == null ? null : node.get(name);
        return value == null || !value.isNumber() ? "" : value.decimalValue().stripTrailingZeros().toPlainString();
    }

    private String wordOf(String name) {
        JsonNode value = node == null ? null : node.get(name);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private String text(String name, String language) {
        JsonNode value = node == null ? null : node.get(name);
        JsonNode text = value == null ? null : value.get(language);
        return text == null ? "" : text.asString();
    }

    /** A number typed in a form as JSON (whole numbers stay whole), null for an empty field. Throws {@link NumberFormatException}. */
    static @Nullable JsonNode amount(@Nullable String typed) {
        if (typed == null || typed.isBlank()) return null;
        BigDecimal amount = new BigDecimal(typed.strip().replace(",", "").replace("_", ""));
        if (amount.stripTrailingZeros().scale() <= 0) return JsonNodeFactory.instance.numberNode(amount.toBigIntegerExact());
        return JsonNodeFactory.instance.numberNode(amount);
    }

    private static @Nullable JsonNode word(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : StringNode.valueOf(typed.strip());
    }

    /** What a figure's form holds; every field a string (a number is checked when it is turned into edits). */
    public static final class Form {
        String value = "";
        String low = "";
        String high = "";
        String unit = "";
        String qualifier = "";
        String period = "";
        String displayEn = "";
        String displayZh = "";
        String labelEn = "";
        String labelZh = "";
        Set<String> sources = new LinkedHashSet<>();

        public String getValue() { return value; }
        public void setValue(String value) { this.value = value == null ? "" : value; }
        public String getLow() { return low; }
        public void setLow(String low) { this.low = low == null ? "" : low; }
        public String getHigh() { return high; }
        public void setHigh(String high) { this.high = high == null ? "" : high; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit == null ? "" : unit; }
        public String getQualifier() { return qualifier; }
        public void setQualifier(String qualifier) { this.qualifier = qualifier == null ? "" : qualifier; }
        public String getPeriod() { return period; }
        public void setPeriod(String period) { this.period = period == null ? "" : period; }
        public String getDisplayEn() { return displayEn; }
        public void setDisplayEn(String displayEn) { this.displayEn = displayEn == null ? "" : displayEn; }
        public String getDisplayZh() { return displayZh; }
        public void setDisplayZh(String displayZh) { this.displayZh = displayZh == null ? "" : displayZh; }
        public String getLabelEn() { return labelEn; }
        public void setLabelEn(String labelEn) { this.labelEn = labelEn == null ? "" : labelEn; }
        public String getLabelZh() { return labelZh; }
        public void setLabelZh(String labelZh) { this.labelZh = labelZh == null ? "" : labelZh; }
        public Set<String> getSources() { return sources; }
        public void setSources(Set<String> sources) { this.sources = sources == null ? new LinkedHashSet<>() : new LinkedHashSet<>(sources); }
    }
}
