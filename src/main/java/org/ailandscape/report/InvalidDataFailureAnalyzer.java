package org.ailandscape.report;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** At startup, bad data stops the app with the list of problems instead of a stack trace. */
class InvalidDataFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidDataException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the files named above (each line gives the file, the JSON path inside it and the reason), then start again.",
                cause);
    }
}
