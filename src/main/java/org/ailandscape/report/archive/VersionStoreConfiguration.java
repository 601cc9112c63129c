package org.ailandscape.report.archive;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The version store's database: {@code spring.datasource.*} when it names one (PostgreSQL, which
 * several instances share), else the embedded H2 database in files under {@code report.store-dir}
 * ({@code REPORT_STORE_DIR}, default {@code var/} in the working directory). The pool connects on first
 * use, not at startup, and gives up quickly ({@code spring.datasource.hikari.connection-timeout}) so that
 * a store that is down costs a request little.
 */
@Configuration(proxyBeanMethods = false)
class VersionStoreConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, @Value("${report.store-dir:var}") String storeDir) {
        if (properties.getUrl() == null || properties.getUrl().isBlank()) {
            Path files = Path.of(storeDir).toAbsolutePath().normalize().resolve("versions");
            // H2 in its PostgreSQL mode runs the same schema and statements as PostgreSQL.
            properties.setUrl("jdbc:h2:file:" + files + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
            if (properties.getUsername() == null) properties.setUsername("sa");
        }
        HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        dataSource.setPoolName("version-store");
        return dataSource;
    }

    @Bean
    VersionArchive versionArchive(javax.sql.DataSource dataSource) {
        return new VersionArchive(dataSource);
    }
}
