package org.ailandscape.report;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ailandscape.report.model.Figure;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Text;
import org.jspecify.annotations.Nullable;

/**
 * Walks one parsed file and checks what every file shares: required fields present, both languages
 * in every text, ids well formed and unique in their list, figures with an amount that is a
 * non-negative number and at least one source. It collects every figure with its path on the way.
 */
final class StructureCheck {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A figure and where it is. */
    record FigureAt(String file, String path, Figure figure) {}

    private final String file;
    private final List<DataProblem> problems;
    private final List<FigureAt> figures;

    private StructureCheck(String file, List<DataProblem> problems, List<FigureAt> figures) {
        this.file = file;
        this.problems = problems;
        this.figures = figures;
    }

    static void check(String file, Record root, List<DataProblem> problems, List<FigureAt> figures) {
        new StructureCheck(file, problems, figures).walk(root, "$");
    }

    private void walk(Object value, String path) {
        switch (value) {
            case Text text -> checkText(text, path, null);
            case Figure figure -> checkFigure(figure, path);
            case Record record -> walkRecord(record, path, null);
            case List<?> list -> walkList(list, path);
            case String string -> {
                if (string.isBlank()) problem(path, "is empty");
            }
            default -> { }
        }
    }

    private void walkRecord(Record record, String path, @Nullable String skip) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String name = component.getName();
            String at = path + "." + name;
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value == null) {
                if (component.getAnnotatedType().getAnnotation(Nullable.class) == null) {
                    problem(path, "missing field \"" + name + "\"");
                }
                continue;
            }
            if (name.equals("id") && value instanceof String id && !ID.matcher(id).matches()) {
                problem(at, "\"" + id + "\" is not a valid id: use lower-case letters, digits and single dashes");
                continue;
            }
            if (!name.equals(skip)) walk(value, at);
        }
    }

    private void walkList(List<?> list, String path) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            String at = path + "[" + i + "]";
            if (element == null) {
                problem(at, "empty entry (null)");
                continue;
            }
            // An empty string is a legitimate table cell; required texts are record fields, checked above.
            if (!(element instanceof String)) walk(element, at);
            String id = idOf(element);
            if (id != null) {
                Integer first = seen.putIfAbsent(id, i);
                if (first != null) problem(at + ".id", "duplicate id \"" + id + "\" (also at " + path + "[" + first + "])");
            }
        }
    }

    private static @Nullable String idOf(Object element) {
        if (!(element instanceof Record record)) return null;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals("id")) {
                try {
                    return component.getAccessor().invoke(record) instanceof String s ? s : null;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private void checkText(Text text, String path, @Nullable Language onlyIn) {
        for (Language language : Language.values()) {
            String value = language == Language.EN ? text.en() : text.zh();
            boolean required = onlyIn == null || onlyIn == language;
            String name = language == Language.EN ? "\"en\" (English text)" : "\"zh\" (Chinese text)";
            if (value == null && required) problem(path, "missing " + name);
            else if (value != null && value.isBlank()) problem(path, name + " is empty");
        }
    }

    private void checkFigure(Figure figure, String path) {
        walkRecord(figure, path, "display");
        if (figure.display() != null) checkText(figure.display(), path + ".display", figure.onlyIn());
        figures.add(new FigureAt(file, path, figure));

        Double value = figure.value();
        Double low = figure.low();
        Double high = figure.high();
        if (value != null && (low != null || high != null)) {
            problem(path, "give either \"value\" or \"low\" and \"high\", not both");
        } else if (value == null && (low == null || high == null)) {
            problem(path, "missing amount: give \"value\", or \"low\" and \"high\" for a range");
        }
        checkAmount(value, path + ".value");
        checkAmount(low, path + ".low");
        checkAmount(high, path + ".high");
        if (low != null && high != null && low > high) problem(path, "\"low\" (" + low + ") is greater than \"high\" (" + high + ")");

        boolean rangeQualifier = figure.qualifier() == Figure.Qualifier.RANGE || figure.qualifier() == Figure.Qualifier.RANGE_AT_LEAST;
        if (figure.qualifier() != null && rangeQualifier != (low != null || high != null)) {
            problem(path + ".qualifier", rangeQualifier
                    ? "a range qualifier needs \"low\" and \"high\" instead of \"value\""
                    : "\"low\" and \"high\" need the qualifier \"range\" or \"rangeAtLeast\"");
        }
        if (figure.sources() != null && figure.sources().isEmpty()) {
            problem(path + ".sources", "a figure needs at least one source (use \"report\" where the report names none)");
        }
    }

    private void checkAmount(@Nullable Double amount, String path) {
        if (amount == null) return;
        if (amount.isNaN() || amount.isInfinite()) problem(path, "is not a number");
        else if (amount < 0) problem(path, "must not be negative (" + amount + ")");
    }

    private void problem(String path, String reason) {
        problems.add(DataProblem.at(file, path, reason));
    }
}
