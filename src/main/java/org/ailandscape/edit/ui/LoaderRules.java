package org.ailandscape.edit.ui;

import com.vaadin.flow.component.HasValidation;
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
 */
final class LoaderRules {

    private LoaderRules() {}

    /** The problems of the latest version with these edits (and the draft's), each on its field where there is one. */
    static ValidationResult check(EditorService service, String user, List<FieldEdit> edits, String base, Map<String, HasValidation> fieldsByPath) {
        fieldsByPath.values().forEach(f -> f.setInvalid(false));
        List<FieldEdit> all = new ArrayList<>(service.openDraft(user).map(d -> d.edits()).orElse(List.of()));
        all.removeIf(e -> edits.stream().anyMatch(n -> n.key().equals(e.key())));
        all.addAll(edits);
        try {
            service.check(service.latest(), all);
            return ValidationResult.ok();
        } catch (InvalidDataException invalid) {
            List<String> elsewhere = new ArrayList<>();
            for (DataProblem problem : invalid.problems()) {
                HasValidation field = fieldsByPath.get(problem.path());
                if (field == null && problem.path().startsWith(base)) field = fieldsByPath.get(problem.path().replaceFirst("\\[\\d+]$", ""));
                if (field != null) {
                    field.setErrorMessage(problem.reason());
                    field.setInvalid(true);
                } else {
                    elsewhere.add(problem.file() + " " + problem.path() + ": " + problem.reason());
                }
            }
            return ValidationResult.error(elsewhere.isEmpty() ? invalid.problems().getFirst().reason() : String.join("\n", elsewhere));
        }
    }
}
