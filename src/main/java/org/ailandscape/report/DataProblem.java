package org.ailandscape.report;

/**
 * One thing wrong with the data, said so that an analyst can find and fix it: the file, the JSON path
 * inside it, the reason, and for a syntax error the line and column (0 when not known).
 */
public record DataProblem(String file, String path, String reason, int line, int column) {

    public static DataProblem at(String file, String path, String reason) {
        return new DataProblem(file, path, reason, 0, 0);
    }

    @Override
    public String toString() {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return file + " " + path + where + ": " + reason;
    }
}
