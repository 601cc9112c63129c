package org.ailandscape.edit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ailandscape.edit.Draft;
import org.ailandscape.edit.EditorService;
import org.ailandscape.edit.FigureFields;
import org.ailandscape.report.model.Figure;

/**
 * A figure's form: amount, unit, qualifier, period, display text and label in English and Chinese side
 * by side, and sources. A {@link Binder} binds it; a number must read as one, and the whole figure is
 * then checked by the loader ({@link LoaderRules}) before it goes into the analyst's draft.
 */
class FigureDialog extends Dialog {

    FigureDialog(FigureFields figure, EditorService service, EditorLanguage words, String user, Consumer<Draft> saved) {
        setHeaderTitle(words.t("editor.figure.title", figure.id()));
        addClassName("editor-dialog");
        setWidth("min(56rem, 96vw)");
        Binder<FigureFields.Form> binder = new Binder<>();
        FigureFields.Form form = figure.form();

        TextField displayEn = new TextField(words.t("editor.figure.display") + " · English");
        TextField displayZh = new TextField(words.t("editor.figure.display") + " · 中文");
        TextField labelEn = new TextField(words.t("editor.figure.label") + " · English");
        TextField labelZh = new TextField(words.t("editor.figure.label") + " · 中文");
        TextField value = new TextField(words.t("editor.figure.value"));
        value.setId("figure-value");
        displayEn.setId("figure-display-en");
        displayZh.setId("figure-display-zh");
        TextField low = new TextField(words.t("editor.figure.low"));
        TextField high = new TextField(words.t("editor.figure.high"));
        ComboBox<String> unit = new ComboBox<>(words.t("editor.col.unit"));
        unit.setItems(enumNames(Figure.Unit.class));
        ComboBox<String> qualifier = new ComboBox<>(words.t("editor.figure.qualifier"));
        qualifier.setItems(enumNames(Figure.Qualifier.class));
        TextField period = new TextField(words.t("editor.col.period"));
        MultiSelectComboBox<String> sources = new MultiSelectComboBox<>(words.t("editor.figure.sources"));
        sources.setItems(service.fields().sourceIds());
        TextField why = new TextField(words.t("editor.figure.why"));
        why.setId("figure-why");
        value.setHelperText(words.t("editor.figure.valueHelp"));

        binder.forField(displayEn).bind(FigureFields.Form::getDisplayEn, FigureFields.Form::setDisplayEn);
        binder.forField(displayZh).bind(FigureFields.Form::getDisplayZh, FigureFields.Form::setDisplayZh);
        binder.forField(labelEn).bind(FigureFields.Form::getLabelEn, FigureFields.Form::setLabelEn);
        binder.forField(labelZh).bind(FigureFields.Form::getLabelZh, FigureFields.Form::setLabelZh);
        for (var pair : List.of(Map.entry(value, "value"), Map.entry(low, "low"), Map.entry(high, "high"))) {
            var field = pair.getKey();
            var b = binder.forField(field).withValidator((typed, context) -> isNumber(typed) ? ValidationResult.ok() : ValidationResult.error(words.t("editor.figure.notNumber")));
            switch (pair.getValue()) {
                case "value" -> b.bind(FigureFields.Form::getValue, FigureFields.Form::setValue);
                case "low" -> b.bind(FigureFields.Form::getLow, FigureFields.Form::setLow);
                default -> b.bind(FigureFields.Form::getHigh, FigureFields.Form::setHigh);
            }
        }
        binder.forField(unit).bind(FigureFields.Form::getUnit, FigureFields.Form::setUnit);
        binder.forField(qualifier).bind(FigureFields.Form::getQualifier, FigureFields.Form::setQualifier);
        binder.forField(period).bind(FigureFields.Form::getPeriod, FigureFields.Form::setPeriod);
        binder.forField(sources).bind(FigureFields.Form::getSources, FigureFields.Form::setSources);
        Map<String, HasValidation> byPath = new LinkedHashMap<>();
        String at = figure.path();
        byPath.put(at + ".display.en", displayEn);
        byPath.put(at + ".display.zh", displayZh);
        byPath.put(at + ".label.en", labelEn);
        byPath.put(at + ".label.zh", labelZh);
        byPath.put(at + ".value", value);
        byPath.put(at + ".low", low);
        byPath.put(at + ".high", high);
        byPath.put(at + ".unit", unit);
        byPath.put(at + ".qualifier", qualifier);
        byPath.put(at + ".period", period);
        byPath.put(at + ".sources", sources);
        LoaderRules rules = new LoaderRules(service, user, byPath);
        binder.withValidator((candidate, context) -> rules.check(figure.edits(candidate)));
        binder.readBean(form);
        flagMissing(displayEn, displayZh, words);
        flagMissing(labelEn, labelZh, words);

        Span where = new Span(figure.file() + " " + figure.path());
        where.addClassName("editor-muted");
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        layout.add(displayEn, displayZh, labelEn, labelZh, value, period, low, high, unit, qualifier);
        layout.add(sources, 2);
        layout.add(why, 2);
        Div summary = new Div();
        summary.addClassName("editor-form-error");
        add(where, layout, summary);

        Button save = new Button(words.t("editor.saveToDraft"),
                e -> rules.save(this, binder, figure.form(), figure::edits, summary, why.getValue(), words, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-figure");
        Button cancel = new Button(words.t("editor.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    static void flagMissing(TextField en, TextField zh, EditorLanguage words) {
        if (en.getValue().isBlank() != zh.getValue().isBlank()) {
            (en.getValue().isBlank() ? en : zh).setHelperText(words.t("editor.missingTranslation"));
        }
    }

    private static boolean isNumber(String typed) {
        if (typed == null || typed.isBlank()) return true;
        try {
            new java.math.BigDecimal(typed.strip().replace(",", "").replace("_", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The names the data files use for an enum's constants (its {@code @JsonProperty}). */
    private static <E extends Enum<E>> List<String> enumNames(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(constant -> {
            try {
                var property = type.getField(constant.name()).getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                return property == null ? constant.name() : property.value();
            } catch (NoSuchFieldException e) {
                return constant.name();
            }
        }).toList();
    }
}
