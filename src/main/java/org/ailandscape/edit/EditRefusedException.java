package org.ailandscape.edit;

import java.util.List;

/**
 * An editor's request that is refused, with why: a translation key of {@code vaadin-i18n/translations}
 * (the editor shows it in the reader's language) and its parameters. The English text is the message.
 */
public class EditRefusedException extends RuntimeException {

    private final String key;
    private final List<Object> params;

    public EditRefusedException(String key, String english, Object... params) {
        super(english);
        this.key = key;
        this.params = List.of(params);
    }

    public String key() {
        return key;
    }

    public Object[] params() {
        return params.toArray();
    }
}
