package org.ailandscape.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ailandscape.report.Citation;
import org.ailandscape.report.CompanyQuery;
import org.ailandscape.report.ReportSnapshot;
import org.ailandscape.report.model.Companies.Company;
import org.ailandscape.report.model.Figure;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Report;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ailandscape.figures.ChartTable;

/**
 * The CSV files of the API: UTF-8 with a byte-order mark (so spreadsheets read the Chinese), the
 * citation with the dataset version in the first row, then a header row and the data.
 */
final class CsvFiles {

    private static final String BOM = "\uFEFF";

    private CsvFiles() {}

    /** The companies a query selects, in a language. */
    static String companies(ReportSnapshot snapshot, CompanyQuery query, Language language) {
        Report report = snapshot.report();
        var columns = report.companies().columns();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(columns.company().in(language), columns.layer().in(language), columns.role().in(language),
                columns.scale().in(language), "scale_kind", "scale_amount_usd", "id"));
        for (Company company : snapshot.companies(query, language)) {
            Figure figure = company.scale().figure();
            rows.add(List.of(company.name().in(language),
                    report.layer(company.layer()).map(l -> l.name().in(language)).orElse(company.layer()),
                    company.description().in(language),
                    company.scale().display().in(language),
                    company.scale().kind() == null ? "" : company.scale().kind().name().toLowerCase(),
                    figure == null || figure.unit() != Figure.Unit.USD ? "" : String.format("%.0f", figure.amount()),
                    company.id()));
        }
        return write(Citation.of(snapshot, language), rows);
    }

    /** A chart's numbers as its table on the page shows them (the page rendered in one language). */
    static String table(ReportSnapshot snapshot, ChartTable table, Language language) {
        return write(Citation.of(snapshot, language), table.lines());
    }

    private static String write(String citation, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(citation);
            for (List<String> row : rows) csv.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
