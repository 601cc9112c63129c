package org.ailandscape.reading;

import java.util.List;
import org.ailandscape.link.ReadingMode;
import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Text;

/**
 * What the renderer needs to put words on the page: the reading mode, the browser's language (which
 * leads when both languages are shown), and the page's own words.
 */
public record Reading(ReadingMode mode, Language browser, Translations translations) {

    /** The language of the page's own words (buttons, headings the report lacks). */
    public Language chrome() {
        return mode.chrome(browser);
    }

    /** The languages in which report text is shown, the leading one first. */
    public List<Language> languages() {
        return mode.languages(browser);
    }

    /** The leading language of report text. */
    public Language lead() {
        return mode.lead(browser);
    }

    public boolean both() {
        return mode == ReadingMode.BOTH;
    }

    /** A piece of the page's own words, in the chrome's language. */
    public String t(String key, Object... params) {
        return translations.get(key, chrome(), params);
    }

    /** Report text in the leading language. */
    public String lead(Text text) {
        return text.in(lead());
    }

    /** What decides the words on the page: equal keys, equal words. */
    public String key() {
        return mode.key() + "/" + chrome().key();
    }
}
