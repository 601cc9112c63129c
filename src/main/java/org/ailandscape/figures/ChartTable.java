package org.ailandscape.figures;

import java.util.List;
import java.util.stream.Collectors;
import org.ailandscape.reading.Reading;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Text;
import org.jspecify.annotations.Nullable;

/**
 * A chart's numbers as a table: what the page shows under "Show as table" and what the chart's CSV
 * holds, from one place. Each cell is a list of pieces of text, each with its language (the second
 * language of "both" is marked {@code alt}), so that the page can say which language each text is in.
 *
 * @param caption the table's caption (the chart's name)
 * @param header the column headings
 * @param rows the rows; a row's first cell names it
 */
public record ChartTable(String caption, List<String> header, List<Row> rows) {

    public record Row(List<Cell> cells) {}

    /** A cell: its pieces of text, and a class for the page ({@code derived} for numbers the product computed). */
    public record Cell(List<Piece> pieces, String cssClass) {

        public static Cell of(Piece... pieces) {
            return new Cell(List.of(pieces), "");
        }

        /** The cell's text as one line, as a CSV cell holds it. */
        public String text() {
            return pieces.stream().map(Piece::text).collect(Collectors.joining(" ")).strip();
        }
    }

    /**
     * A piece of a cell's text. {@code lang} is set where the piece's language differs from the page's lead;
     * {@code quote} marks the report's own words.
     */
    public record Piece(String text, @Nullable Language lang, boolean alt, boolean quote, String cssClass) {

        public static Piece plain(String text) {
            return new Piece(text, null, false, false, "");
        }
    }

    /** A text of the report in the languages the reader reads: the lead, then (for both) the other, marked. */
    public static List<Piece> bilingual(Text text, Reading reading, String cssClass) {
        List<Language> languages = reading.languages();
        List<Piece> pieces = new java.util.ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            Language language = languages.get(i);
            if (i > 0 && (!text.has(language) || text.isSameInBoth())) continue;
            pieces.add(new Piece(text.in(language), i > 0 ? language : null, i > 0, false, cssClass));
        }
        return pieces;
    }

    /** Every row as the CSV writes it: the header, then one line of text per cell. */
    public List<List<String>> lines() {
        List<List<String>> lines = new java.util.ArrayList<>();
        lines.add(header);
        rows.forEach(row -> lines.add(row.cells().stream().map(Cell::text).toList()));
        return lines;
    }
}
