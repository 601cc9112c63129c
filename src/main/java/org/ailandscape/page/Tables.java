package org.ailandscape.page;

import com.vaadin.flow.dom.Element;
import org.ailandscape.figures.ChartTable;

/** A chart's numbers as a real table: caption, column headings, each row named by its first cell. */
final class Tables {

    private Tables() {}

    static Element of(ChartTable data) {
        Element table = Markup.el("table");
        table.appendChild(Markup.text("caption", data.caption()));
        Element head = Markup.el("tr");
        data.header().forEach(name -> head.appendChild(Markup.text("th", name).setAttribute("scope", "col")));
        table.appendChild(Markup.el("thead").appendChild(head));
        Element body = Markup.el("tbody");
        for (ChartTable.Row row : data.rows()) {
            Element tr = Markup.el("tr");
            for (int i = 0; i < row.cells().size(); i++) {
                ChartTable.Cell cell = row.cells().get(i);
                Element td = i == 0 ? Markup.el("th").setAttribute("scope", "row") : Markup.el("td");
                if (!cell.cssClass().isEmpty()) td.getClassList().add(cell.cssClass());
                cell.pieces().forEach(piece -> td.appendChild(piece(piece, cell.pieces().size() > 1 || piece.lang() != null)));
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        return table.appendChild(body);
    }

    /** A piece of a cell: in its own element where it says its language or sits beside another. */
    private static Element piece(ChartTable.Piece piece, boolean own) {
        if (!own && !piece.quote() && piece.cssClass().isEmpty()) return Markup.plain(piece.text());
        Element element = Markup.text(piece.quote() ? "q" : "span", piece.text());
        if (piece.lang() != null) element.setAttribute("lang", piece.lang().htmlLang());
        if (piece.alt()) element.getClassList().add("alt");
        if (!piece.cssClass().isEmpty()) element.getClassList().add(piece.cssClass());
        return element;
    }
}
