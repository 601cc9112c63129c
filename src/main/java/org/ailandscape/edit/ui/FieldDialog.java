package org.ailandscape.edit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ailandscape.edit.Draft;
import org.ailandscape.edit.EditableField;
import org.ailandscape.edit.EditorService;
import org.ailandscape.edit.FieldEdit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * One field's form: a text's English and Chinese side by side (a missing translation flagged), or a
 * single value, or a list of ids. Bound with a {@link Binder}; checked by the loader ({@link LoaderRules}).
 */
class FieldDialog extends Dialog {

    /** What the form holds: the two languages, or the one value as typed. */
    static final class Values {
        String en = "";
        String zh = "";
        String value = "";
        String getEn() { return en; }
        void setEn(String en) { this.en = en == null ? "" : en; }
        String getZh() { return zh; }
        void setZh(String zh) { this.zh = zh == null ? "" : zh; }
        String getValue() { return value; }
        void setValue(String value) { this.value = value == null ? "" : value; }
    }

    FieldDialog(EditableField field, EditorService service, EditorLanguage words, String user, Consumer<Draft> saved) {
        setHeaderTitle((field.near() == null ? "" : field.near() + " › ") + field.name());
        addClassName("editor-dialog");
        setWidth("min(60rem, 96vw)");
        Binder<Values> binder = new Binder<>();
        Values values = new Values();
        Map<String, HasValidation> byPath = new LinkedHashMap<>();
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        if (field.kind() == EditableField.Kind.TEXT) {
            values.en = field.en() == null ? "" : field.en();
            values.zh = field.zh() == null ? "" : field.zh();
            TextArea en = new TextArea("English");
            TextArea zh = new TextArea("中文");
            en.setId("field-en");
            zh.setId("field-zh");
            binder.forField(en).bind(Values::getEn, Values::setEn);
            binder.forField(zh).bind(Values::getZh, Values::setZh);
            if (values.en.isBlank()) en.setHelperText(words.t("editor.missingTranslation"));
            if (values.zh.isBlank()) zh.setHelperText(words.t("editor.missingTranslation"));
            byPath.put(field.path() + ".en", en);
            byPath.put(field.path() + ".zh", zh);
            byPath.put(field.path(), en);
            layout.add(en, zh);
        } else {
            values.value = field.kind() == EditableField.Kind.LIST ? words(field.value()) : FieldEdit.show(field.value());
            TextField value = new TextField(words.t(field.kind() == EditableField.Kind.LIST ? "editor.field.list" : "editor.field.value"));
            value.setId("field-value");
            binder.forField(value).bind(Values::getValue, Values::setValue);
            byPath.put(field.path(), value);
            layout.add(value, 2);
        }
        TextField why = new TextField(words.t("editor.figure.why"));
        layout.add(why, 2);
        LoaderRules rules = new LoaderRules(service, user, byPath);
        binder.withValidator((candidate, context) -> {
            try {
                return rules.check(edits(field, candidate));
            } catch (NumberFormatException e) {
                return com.vaadin.flow.data.binder.ValidationResult.error(words.t("editor.figure.notNumber"));
            }
        });
        binder.readBean(values);
        Span where = new Span(field.file() + " " + field.path());
        where.addClassName("editor-muted");
        Div summary = new Div();
        summary.addClassName("editor-form-error");
        add(where, layout, summary);
        Button save = new Button(words.t("editor.saveToDraft"),
                e -> rules.save(this, binder, new Values(), candidate -> edits(field, candidate), summary, why.getValue(), words, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-field");
        getFooter().add(new Button(words.t("editor.cancel"), e -> close()), save);
    }

    /** The edits the form makes: a text's changed languages, or the value as the type it had (a number stays a number). */
    static List<FieldEdit> edits(EditableField field, Values values) {
        return switch (field.kind()) {
            case TEXT -> field.textEdits(values.en, values.zh);
            case LIST -> {
                var array = JsonNodeFactory.instance.arrayNode();
                for (String word : values.value.split("[\\s,;]+")) if (!word.isBlank()) array.add(word);
                yield array.equals(field.value()) ? List.of() : List.of(new FieldEdit(field.file(), field.path(), field.value(), array));
            }
            case VALUE -> {
                JsonNode before = field.value();
                JsonNode after;
                if (before != null && before.isNumber()) after = JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(values.value.strip()));
                else if (before != null && before.isBoolean()) after = JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(values.value.strip()));
                else after = StringNode.valueOf(values.value);
                if (before != null && before.isNumber() && before.decimalValue().compareTo(after.decimalValue()) == 0) yield List.of();
                yield after.equals(before) ? List.of() : new ArrayList<>(List.of(new FieldEdit(field.file(), field.path(), before, after)));
            }
        };
    }

    private static String words(JsonNode list) {
        List<String> words = new ArrayList<>();
        if (list != null) list.forEach(w -> words.add(w.asString()));
        return String.join(", ", words);
    }
}
