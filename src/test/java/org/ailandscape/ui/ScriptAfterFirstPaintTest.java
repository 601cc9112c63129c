package org.ailandscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The shell's module scripts move to after the first paint; nothing else of the shell changes. */
class ScriptAfterFirstPaintTest {

    private static Document shell(String head) {
        return Jsoup.parse("<!doctype html><html><head><script>document.documentElement.dataset.js = '';</script>" + head
                + "</head><body><div id=outlet><p>The report</p></div></body></html>");
    }

    @Test
    void theEntryLoadsFromTheEndOfTheBodyAfterTheNextFrame() {
        Document document = shell("<script type=\"module\" crossorigin src=\"./VAADIN/build/indexhtml-abc.js\"></script>"
                + "<link rel=\"modulepreload\" crossorigin href=\"./VAADIN/build/chunk-def.js\">");
        ScriptAfterFirstPaint.apply(document);

        assertThat(document.select("script[type=module]")).isEmpty();
        assertThat(document.select("link[rel=modulepreload]")).isEmpty();
        Element loader = document.body().children().last();
        assertThat(loader.tagName()).isEqualTo("script");
        assertThat(loader.hasAttr(ScriptAfterFirstPaint.MARK)).isTrue();
        assertThat(loader.attr("data-sources")).isEqualTo("[\"./VAADIN/build/indexhtml-abc.js\"]");
        assertThat(loader.data()).contains("requestAnimationFrame", "__firstInteraction", "dataset.scrollTarget")
                .doesNotContain("indexhtml-abc", "// ");
        // the page's own inline script before the first paint stays where it was
        assertThat(document.head().select("script").first().data()).contains("dataset.js");
        assertThat(document.getElementById("outlet").text()).isEqualTo("The report");
    }

    @Test
    void aSourceThatIsNotAPlainPathIsLeftAsItWas() {
        Document document = shell("<script type=\"module\" src=\"./a.js');alert(1);('\"></script>");
        ScriptAfterFirstPaint.apply(document);

        assertThat(document.head().select("script[type=module]")).hasSize(1);
        assertThat(document.select("script[" + ScriptAfterFirstPaint.MARK + "]")).isEmpty();
    }

    @Test
    void aShellWithoutModuleScriptsIsNotChanged() {
        Document document = shell("<link rel=\"modulepreload\" href=\"./x.js\">");
        String before = document.outerHtml();
        ScriptAfterFirstPaint.apply(document);

        assertThat(document.outerHtml()).isEqualTo(before);
    }
}
