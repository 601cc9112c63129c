package org.ailandscape.edit;

import java.time.Clock;
import org.ailandscape.report.ReportStore;
import org.ailandscape.report.archive.VersionArchive;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The editor's beans: its tables in the version store, its service, and bcrypt for passwords. */
@Configuration(proxyBeanMethods = false)
class EditorConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    EditorStore editorStore(VersionArchive archive) {
        return new EditorStore(archive);
    }

    @Bean
    EditorService editorService(EditorStore store, ReportStore reports, PasswordEncoder passwords) {
        return new EditorService(store, reports, passwords, Clock.systemUTC());
    }
}
