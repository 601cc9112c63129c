package org.ailandscape.edit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The editor on PostgreSQL ({@code REPORT_TEST_POSTGRES_URL}, which {@code ./test.sh} starts). */
class PostgresEditorTest extends EditorContract {

    @Override
    String freshDatabaseUrl() {
        String url = System.getenv("REPORT_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("REPORT_TEST_POSTGRES_URL is not set: run the tests with ./test.sh, which starts PostgreSQL");
        }
        JdbcClient.create(new DriverManagerDataSource(url)).sql("drop schema public cascade; create schema public").update();
        return url;
    }
}
