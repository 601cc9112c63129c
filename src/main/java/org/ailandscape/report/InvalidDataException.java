package org.ailandscape.report;

import java.util.List;
import java.util.stream.Collectors;

/** The dataset was refused: every problem found, each with file, JSON path and reason. */
public class InvalidDataException extends RuntimeException {

    private final List<DataProblem> problems;

    public InvalidDataException(String origin, List<DataProblem> problems) {
        super(describe(origin, problems));
        this.problems = List.copyOf(problems);
    }

    public List<DataProblem> problems() {
        return problems;
    }

    private static String describe(String origin, List<DataProblem> problems) {
        return "The report data in " + origin + " was refused (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }
}
