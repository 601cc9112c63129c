package org.ailandscape.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ailandscape.report.DataFolder;
import org.ailandscape.report.LoadedData;
import org.ailandscape.report.ReportLoader;
import org.ailandscape.report.archive.DatasetDiff;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The data files edited as JSON: written back in their own layout, changed only where edited. */
class DatasetJsonTest {

    private final LoadedData bundled = ReportLoader.loadData(DataFolder.bundled());

    @Test
    void everyDataFileIsWrittenBackAsItWas() {
        bundled.files().forEach((name, bytes) -> {
            byte[] written = DatasetJson.write(DatasetJson.read(bytes));
            assertThat(DatasetJson.read(written)).as(name).isEqualTo(DatasetJson.read(bytes));
            // charts.json writes its short texts on one line by hand; an edit there lays that file out as the others are.
            if (!name.equals("charts.json")) assertThat(new String(written, StandardCharsets.UTF_8)).as(name).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        });
    }

    @Test
    void anEditChangesThatFieldAndNothingElse() {
        FigureFields figure = DatasetFields.of(bundled.files()).figures().getFirst();
        FieldEdit edit = new FieldEdit(figure.file(), figure.path() + ".value", figure.node().get("value"), JsonNodeFactory.instance.numberNode(42));
        Map<String, byte[]> edited = DatasetJson.apply(bundled.files(), List.of(edit));
        assertThat(DatasetDiff.between(bundled.files(), edited)).singleElement().satisfies(change -> {
            assertThat(change.path()).isEqualTo(edit.path());
            assertThat(change.after().asInt()).isEqualTo(42);
        });
        assertThatThrownBy(() -> DatasetJson.apply(edited, List.of(edit))).isInstanceOf(StaleEditException.class);
    }

    @Test
    void everyFigureAndTextIsListed() {
        DatasetFields fields = DatasetFields.of(bundled.files());
        assertThat(fields.figures()).hasSizeGreaterThan(20);
        assertThat(fields.fields()).anySatisfy(f -> assertThat(f.kind()).isEqualTo(EditableField.Kind.TEXT));
        assertThat(fields.sourceIds()).contains("idc-semiconductor-forecast-apr-2026");
        assertThat(fields.figures()).allSatisfy(f -> assertThat(f.edits(f.form())).as(f.path()).isEmpty());
    }
}
