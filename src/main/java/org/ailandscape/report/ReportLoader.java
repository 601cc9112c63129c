package org.ailandscape.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ailandscape.report.model.Charts;
import org.ailandscape.report.model.Companies;
import org.ailandscape.report.model.Faq;
import org.ailandscape.report.model.Forces;
import org.ailandscape.report.model.Kpis;
import org.ailandscape.report.model.MarketStructure;
import org.ailandscape.report.model.Overview;
import org.ailandscape.report.model.Regions;
import org.ailandscape.report.model.Report;
import org.ailandscape.report.model.ReportInfo;
import org.ailandscape.report.model.Sources;
import org.ailandscape.report.model.ValueChain;

/** Reads every data file of a folder, validates it all, and gives one immutable {@link Report} or the problems. */
public final class ReportLoader {

    private ReportLoader() {}

    /** The report in the folder; {@link InvalidDataException} listing every problem if anything is wrong. */
    public static Report load(DataFolder folder) {
        return loadSnapshot(folder).report();
    }

    /**
     * The report in the folder with its version: a hash of the bytes it was read from (so the version
     * names exactly what was validated, even if a file changes right after), and the date of the latest
     * change of those files (the day of loading when the folder cannot tell).
     */
    public static ReportSnapshot loadSnapshot(DataFolder folder) {
        return loadData(folder).snapshot();
    }

    /**
     * The report in the folder with the bytes it was read from and their full hash: what the version
     * store keeps of a version. Throws {@link InvalidDataException} as {@link #loadSnapshot} does.
     */
    public static LoadedData loadData(DataFolder folder) {
        java.security.MessageDigest digest = sha256();
        java.time.Instant changed = java.time.Instant.EPOCH;
        List<DataProblem> problems = new ArrayList<>();
        List<StructureCheck.FigureAt> figures = new ArrayList<>();
        Map<DataFile, Record> parsed = new EnumMap<>(DataFile.class);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (DataFile file : DataFile.values()) {
            byte[] bytes = read(folder, file.fileName(), problems);
            if (bytes == null) continue;
            files.put(file.fileName(), bytes);
            digest.update(file.fileName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(bytes);
            java.time.Instant modified = folder.lastModified(file.fileName()).orElse(java.time.Instant.EPOCH);
            if (modified.isAfter(changed)) changed = modified;
            Record value = JsonFileReader.read(file.fileName(), bytes, file.type(), problems);
            if (value == null) continue;
            int before = problems.size();
            StructureCheck.check(file.fileName(), value, problems, figures);
            if (problems.size() == before) parsed.put(file, value);
        }
        if (!problems.isEmpty()) throw new InvalidDataException(folder.describe(), problems);

        Report report = new Report(
                (ReportInfo) parsed.get(DataFile.REPORT),
                (Sources) parsed.get(DataFile.SOURCES),
                (Overview) parsed.get(DataFile.OVERVIEW),
                (Kpis) parsed.get(DataFile.KPIS),
                (ValueChain) parsed.get(DataFile.VALUE_CHAIN),
                (MarketStructure) parsed.get(DataFile.MARKET_STRUCTURE),
                (Companies) parsed.get(DataFile.COMPANIES),
                (Forces) parsed.get(DataFile.FORCES),
                (Regions) parsed.get(DataFile.REGIONS),
                (Faq) parsed.get(DataFile.FAQ),
                (Charts) parsed.get(DataFile.CHARTS));
        ReferenceCheck.check(report, figures, problems);
        if (!problems.isEmpty()) throw new InvalidDataException(folder.describe(), problems);
        String sha256 = java.util.HexFormat.of().formatHex(digest.digest());
        java.time.LocalDate date = changed.equals(java.time.Instant.EPOCH) ? java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                : java.time.LocalDate.ofInstant(changed, java.time.ZoneOffset.UTC);
        return new LoadedData(new ReportSnapshot(report, new DatasetVersion(date, VersionId.shortOf(sha256))), sha256, files);
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte @org.jspecify.annotations.Nullable [] read(DataFolder folder, String fileName, List<DataProblem> problems) {
        try {
            return folder.read(fileName);
        } catch (NoSuchFileException e) {
            problems.add(DataProblem.at(fileName, "$", "the file is missing"));
        } catch (AccessDeniedException e) {
            problems.add(DataProblem.at(fileName, "$", "the file cannot be read (permission denied)"));
        } catch (IOException e) {
            problems.add(DataProblem.at(fileName, "$", "the file cannot be read (" + e.getMessage() + ")"));
        }
        return null;
    }
}
