package org.ailandscape.edit;

import java.nio.file.Files;
import java.nio.file.Path;

/** The editor on the default store: embedded H2, in files. */
class H2EditorTest extends EditorContract {

    @Override
    String freshDatabaseUrl() throws Exception {
        Path dir = Files.createTempDirectory("editor-h2");
        return "jdbc:h2:file:" + dir.resolve("versions") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }
}
