package org.ailandscape.report.archive;

import java.nio.file.Files;
import java.nio.file.Path;

/** The version store in its default database: embedded H2, in files (here under a temporary folder). */
class H2VersionStoreTest extends VersionStoreContract {

    @Override
    String freshDatabaseUrl() throws Exception {
        Path dir = Files.createTempDirectory("version-store-h2");
        return "jdbc:h2:file:" + dir.resolve("versions") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }
}
