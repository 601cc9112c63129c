package org.ailandscape.edit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ailandscape.report.DataProblem;
import org.ailandscape.report.InvalidDataException;
import org.ailandscape.report.LoadedData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Every figure of a version as a spreadsheet (.xlsx or CSV), one row each, to correct in Excel or WPS
 * and upload again. An upload is read whole and checked whole: a header that is not this one, a row
 * whose figure is unknown or whose id does not match, a number that is not one, and every problem the
 * loader finds in the result are refused with their row and column; nothing is taken from a file that
 * has any. A good file gives the edits of the cells that differ from the version.
 */
public final class FigureSheet {

    /** The columns, in order: where the figure is (file, path, id: not to be changed), then what may be. */
    public static final List<String> COLUMNS = List.of("file", "path", "id", "label_en", "label_zh", "value", "low", "high",
            "unit", "qualifier", "period", "display_en", "display_zh", "sources");
    private static final int MAX_ROWS = 5_000;

    private FigureSheet() {}

    /** A refusal: the row (1 is the header) and column (a name of {@link #COLUMNS}, or "" for the whole row) and why. */
    public record Problem(int row, String column, String reason) {
        @Override
        public String toString() {
            return "row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + reason;
        }
    }

    /** What an upload gives: the edits, or the problems (then no edits at all). */
    public record Reading(List<FieldEdit> edits, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static byte[] csv(LoadedData data) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(COLUMNS);
            for (List<String> row : rows(data)) printer.printRecord(row);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // A byte order mark: Excel and WPS then read the file as UTF-8 (the Chinese columns).
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(LoadedData data) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("figures");
            var bold = book.createCellStyle();
            var font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            var text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(COLUMNS.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<String> values : rows(data)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    // Every cell as text: Excel would otherwise show 1290000000000 as 1.29E+12 and round long amounts.
                    cell.setCellStyle(text);
                    cell.setCellValue(values.get(c));
                }
            }
            sheet.createFreezePane(3, 1);
            int[] widths = {18, 34, 30, 36, 24, 16, 12, 12, 16, 12, 10, 20, 20, 40};
            for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<List<String>> rows(LoadedData data) {
        List<List<String>> rows = new ArrayList<>();
        for (FigureFields figure : DatasetFields.of(data.files()).figures()) {
            FigureFields.Form form = figure.form();
            rows.add(List.of(figure.file(), figure.path(), figure.id(), form.labelEn, form.labelZh, form.value, form.low, form.high,
                    form.unit, form.qualifier, form.period, form.displayEn, form.displayZh, String.join(" ", form.sources)));
        }
        return rows;
    }

    /** Reads an upload (.xlsx by its content, else CSV) against the version it is to change. */
    public static Reading read(byte[] bytes, LoadedData latest, EditorService service) {
        List<List<String>> table;
        try {
            table = isXlsx(bytes) ? readXlsx(bytes) : readCsv(bytes);
        } catch (IOException | RuntimeException e) {
            return new Reading(List.of(), List.of(new Problem(1, "", "not a spreadsheet this editor can read (.xlsx or CSV in UTF-8): " + e.getMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        if (table.isEmpty()) return new Reading(List.of(), List.of(new Problem(1, "", "the file is empty")));
        List<String> header = table.getFirst().stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
        if (!header.equals(COLUMNS)) {
            return new Reading(List.of(), List.of(new Problem(1, "", "the header must be exactly: " + String.join(", ", COLUMNS))));
        }
        if (table.size() > MAX_ROWS) return new Reading(List.of(), List.of(new Problem(MAX_ROWS, "", "more than " + MAX_ROWS + " rows")));
        Map<String, FigureFields> figures = new LinkedHashMap<>();
        for (FigureFields figure : DatasetFields.of(latest.files()).figures()) figures.put(figure.file() + " " + figure.path(), figure);
        List<FieldEdit> edits = new ArrayList<>();
        Map<String, Integer> rowOfPath = new LinkedHashMap<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = new ArrayList<>(table.get(r));
            if (cells.stream().allMatch(String::isBlank)) continue;
            while (cells.size() < COLUMNS.size()) cells.add("");
            int rowNumber = r + 1;
            if (cells.size() > COLUMNS.size() && cells.subList(COLUMNS.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
                problems.add(new Problem(rowNumber, "", "has cells beyond the column " + COLUMNS.getLast()));
                continue;
            }
            String key = cells.get(0).strip() + " " + cells.get(1).strip();
            FigureFields figure = figures.get(key);
            if (figure == null) {
                problems.add(new Problem(rowNumber, "path", "no figure at " + key + " in the version being changed"));
                continue;
            }
            if (!figure.id().equals(cells.get(2).strip())) {
                problems.add(new Problem(rowNumber, "id", "the figure at this path is " + figure.id() + ", not " + cells.get(2).strip()));
                continue;
            }
            if (rowOfPath.putIfAbsent(figure.file() + " " + figure.path(), rowNumber) != null) {
                problems.add(new Problem(rowNumber, "path", "the same figure as row " + rowOfPath.get(figure.file() + " " + figure.path())));
                continue;
            }
            FigureFields.Form form = figure.form();
            form.setLabelEn(cells.get(3));
            form.setLabelZh(cells.get(4));
            form.setValue(cells.get(5));
            form.setLow(cells.get(6));
            form.setHigh(cells.get(7));
            form.setUnit(cells.get(8));
            form.setQualifier(cells.get(9));
            form.setPeriod(cells.get(10));
            form.setDisplayEn(cells.get(11));
            form.setDisplayZh(cells.get(12));
            form.setSources(new LinkedHashSet<>(Arrays.stream(cells.get(13).split("[\\s,;]+")).filter(s -> !s.isBlank()).toList()));
            boolean numbers = true;
            for (String column : List.of("value", "low", "high")) {
                String typed = cells.get(COLUMNS.indexOf(column));
                try {
                    FigureFields.amount(typed);
                } catch (NumberFormatException | ArithmeticException e) {
                    problems.add(new Problem(rowNumber, column, "not a number: " + typed));
                    numbers = false;
                }
            }
            if (numbers) edits.addAll(figure.edits(form));
        }
        if (!problems.isEmpty()) return new Reading(List.of(), problems);
        try {
            service.check(latest, edits);
        } catch (InvalidDataException e) {
            for (DataProblem problem : e.problems()) problems.add(locate(problem, rowOfPath));
            return new Reading(List.of(), problems);
        }
        return new Reading(edits, List.of());
    }

    /** Where in the sheet the loader's problem is: the row of its figure and the column of its field. */
    private static Problem locate(DataProblem problem, Map<String, Integer> rowOfPath) {
        for (Map.Entry<String, Integer> row : rowOfPath.entrySet()) {
            String figure = row.getKey();
            String where = problem.file() + " " + problem.path();
            if (where.equals(figure) || where.startsWith(figure + ".") || where.startsWith(figure + "[")) {
                String rest = where.substring(figure.length()).replaceFirst("^\\.", "");
                String column = rest.startsWith("display.") ? "display_" + rest.substring(8, Math.min(rest.length(), 10))
                        : rest.startsWith("label.") ? "label_" + rest.substring(6, Math.min(rest.length(), 8))
                        : rest.replaceAll("[.\\[].*", "");
                return new Problem(row.getValue(), COLUMNS.contains(column) ? column : "", problem.reason());
            }
        }
        return new Problem(1, "", problem.file() + " " + problem.path() + ": " + problem.reason());
    }

    private static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static List<List<String>> readXlsx(byte[] bytes) throws IOException {
        List<List<String>> table = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : cellText(cell, formatter));
                    }
                }
                table.add(cells);
            }
        }
        return table;
    }

    /** A number Excel stored as a number (a cell retyped without the text format) is read whole, not as Excel displays it. */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            return new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }

    private static List<List<String>> readCsv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) throw new IOException("the file is not UTF-8");
        List<List<String>> table = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            for (CSVRecord record : parser) table.add(record.toList());
        }
        return table;
    }

}
