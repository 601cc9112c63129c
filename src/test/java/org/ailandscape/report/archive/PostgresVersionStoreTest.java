package org.ailandscape.report.archive;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The version store in PostgreSQL, which several instances share. {@code ./test.sh} starts a throwaway
 * PostgreSQL from Debian's package ({@code .ci/postgres.sh}) and names it in
 * {@code REPORT_TEST_POSTGRES_URL}; each test starts from an empty schema.
 */
class PostgresVersionStoreTest extends VersionStoreContract {

    @Override
    String freshDatabaseUrl() {
        String url = System.getenv("REPORT_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("REPORT_TEST_POSTGRES_URL is not set: run the tests with ./test.sh, which starts PostgreSQL "
                    + "(or start one with .ci/postgres.sh and export the URL it prints)");
        }
        JdbcClient.create(new DriverManagerDataSource(url)).sql("drop schema public cascade; create schema public").update();
        return url;
    }
}
