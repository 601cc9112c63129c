package org.ailandscape.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.ailandscape.report.DataFolder;
import org.ailandscape.report.LoadedData;
import org.ailandscape.report.ReportLoader;
import org.ailandscape.report.ReportStore;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The figures as a spreadsheet: out and back unchanged, a corrected cell is one edit, a bad file is refused whole. */
class FigureSheetTest {

    private final LoadedData latest = ReportLoader.loadData(DataFolder.bundled());
    private final EditorService service;

    FigureSheetTest() throws Exception {
        service = new EditorService(null, new ReportStore(""), null, java.time.Clock.systemUTC());
    }

    @Test
    void bothFormatsComeBackUnchanged() {
        assertThat(FigureSheet.read(FigureSheet.xlsx(latest), latest, service)).satisfies(r -> {
            assertThat(r.problems()).isEmpty();
            assertThat(r.edits()).isEmpty();
        });
        assertThat(FigureSheet.read(FigureSheet.csv(latest), latest, service)).satisfies(r -> {
            assertThat(r.problems()).isEmpty();
            assertThat(r.edits()).isEmpty();
        });
    }

    @Test
    void aCorrectedCellInExcelIsOneEdit() throws Exception {
        byte[] sheet;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(FigureSheet.xlsx(latest))); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // As Excel stores a number typed into a cell: a numeric cell.
            book.getSheetAt(0).getRow(1).getCell(FigureSheet.COLUMNS.indexOf("value")).setCellValue(1300000000000d);
            book.write(out);
            sheet = out.toByteArray();
        }
        FigureSheet.Reading reading = FigureSheet.read(sheet, latest, service);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.path()).endsWith(".value");
            assertThat(edit.after().asLong()).isEqualTo(1300000000000L);
        });
    }

    @Test
    void aBadFileIsRefusedWithRowAndColumnAndNothingTaken() {
        String csv = new String(FigureSheet.csv(latest), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        // Row 2: not a number; row 3: a negative amount (the loader's rule); row 4: a figure that does not exist.
        lines[1] = replaceColumn(lines[1], "value", "lots");
        lines[2] = replaceColumn(lines[2], "value", "-3");
        lines[3] = replaceColumn(lines[3], "path", "$.nowhere[9]");
        String bad = String.join("\r\n", lines);
        FigureSheet.Reading reading = FigureSheet.read(bad.getBytes(StandardCharsets.UTF_8), latest, service);
        assertThat(reading.edits()).isEmpty();
        assertThat(reading.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("value");
        });
        assertThat(reading.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("path");
        });
        assertThat(FigureSheet.read("file,path\nx,y".getBytes(StandardCharsets.UTF_8), latest, service).problems())
                .singleElement().satisfies(p -> assertThat(p.reason()).contains("header"));
        assertThat(FigureSheet.read(new byte[] {'P', 'K', 3, 4, 0, 0}, latest, service).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("not a spreadsheet"));
    }

    @Test
    void theLoadersProblemLandsOnItsRowAndColumn() {
        String[] lines = new String(FigureSheet.csv(latest), StandardCharsets.UTF_8).split("\r\n");
        lines[2] = replaceColumn(lines[2], "value", "-3");
        FigureSheet.Reading reading = FigureSheet.read(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8), latest, service);
        assertThat(reading.edits()).isEmpty();
        assertThat(reading.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("value");
            assertThat(p.reason()).contains("negative");
        });
    }

    private static String replaceColumn(String line, String column, String value) {
        try {
            var record = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(line)).getRecords().getFirst().toList();
            java.util.List<String> cells = new java.util.ArrayList<>(record);
            cells.set(FigureSheet.COLUMNS.indexOf(column), value);
            java.io.StringWriter out = new java.io.StringWriter();
            try (var printer = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
                printer.printRecord(cells);
            }
            return out.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
