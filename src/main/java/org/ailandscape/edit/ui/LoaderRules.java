package org.ailandscape.edit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ailandscape.edit.Draft;
import org.ailandscape.edit.EditRefusedException;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ailandscape.edit.EditorService;
import org.ailandscape.edit.FieldEdit;
import org.ailandscape.report.DataProblem;
import org.ailandscape.report.InvalidDataException;

/**
 * A form's check by the loader's own rules: its edits applied to the latest version (with the rest of
 * the analyst's draft) and the whole dataset loaded. Each problem the loader finds goes to the form's
 * field for its JSON path, the others to the form's summary: the editor has no rules of its own.
 * (The Binder runs {@link #check} as its bean validator; {@link #mark} then shows the problems on their
 * fields, after the Binder has set the fields' own status.)
 */
final class LoaderRules {

    private final EditorService service;
    private final String user;
    private final Map<String, HasValidation> fieldsByPath;
    private List<DataProblem> last = List.of();

    LoaderRules(EditorService service, String user, Map<String, HasValidation> fieldsByPath) {
        this.service = service;
        this.user = user;
        this.fieldsByPath = fieldsByPath;
    }

    /** The loader's verdict on the latest version with these edits and the rest of the analyst's draft. */
    ValidationResult check(List<FieldEdit> edits) {
        List<FieldEdit> all = new ArrayList<>(service.openDraft(user).map(d -> d.edits()).orElse(List.of()));
        all.removeIf(e -> edits.stream().anyMatch(n -> n.key().equals(e.key())));
        all.addAll(edits);
        try {
            service.check(service.latest(), all);
            last = List.of();
            return ValidationResult.ok();
        } catch (InvalidDataException invalid) {
            last = invalid.problems();
            List<String> elsewhere = new ArrayList<>();
            for (DataProblem problem : last) {
                if (field(problem) == null) elsewhere.add(problem.file() + " " + problem.path() + ": " + problem.reason());
            }
            return ValidationResult.error(elsewhere.isEmpty() ? "" : String.join("\n", elsewhere));
        }
    }

    /** Shows the last check's problems on their fields. */
    void mark() {
        for (DataProblem problem : last) {
            HasValidation field = field(problem);
            if (field == null) continue;
            field.setErrorMessage(problem.reason());
            field.setInvalid(true);
        }
    }

    /**
     * A form's Save: the Binder writes the form into {@code bean} (its own checks, then the loader's; the
     * problems go onto their fields and into the summary), the edits it makes go into the analyst's draft,
     * and the dialog closes; a refusal (a conflict, a value changed meanwhile) is shown in the summary.
     */
    <B> void save(Dialog dialog, Binder<B> binder, B bean, Function<B, List<FieldEdit>> edits, Div summary, String why,
            EditorLanguage words, Consumer<Draft> saved) {
        summary.removeAll();
        try {
            binder.writeBean(bean);
        } catch (ValidationException invalid) {
            invalid.getBeanValidationErrors().stream().filter(error -> !error.getErrorMessage().isEmpty())
                    .forEach(error -> summary.add(new Div(error.getErrorMessage())));
            mark();
            return;
        }
        List<FieldEdit> made = edits.apply(bean);
        if (made.isEmpty()) {
            dialog.close();
            return;
        }
        try {
            saved.accept(service.save(user, made, why));
            dialog.close();
        } catch (EditRefusedException refused) {
            summary.add(new Div(words.t(refused.key(), refused.params())));
        } catch (InvalidDataException invalid) {
            summary.add(new Div(invalid.getMessage()));
        }
    }

    private HasValidation field(DataProblem problem) {
        HasValidation field = fieldsByPath.get(problem.path());
        return field != null ? field : fieldsByPath.get(problem.path().replaceFirst("\\[\\d+]$", ""));
    }
}
