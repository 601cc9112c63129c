package org.ailandscape.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production jar, started on bad data, stops with the problem in words and a non-zero exit code:
 * no half-started server, no stack trace for the analyst to wade through.
 */
class StartupFailureIT {

    @TempDir
    Path data;

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("ai-landscape-.*\\.jar")).findFirst().orElseThrow();
        }
    }

    @Test
    void badDataStopsTheAppWithFilePathAndReason() throws Exception {
        Path bundled = Path.of("data");
        try (Stream<Path> files = Files.list(bundled)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) Files.copy(file, data.resolve(file.getFileName()));
        }
        Path companies = data.resolve("companies.json");
        Files.writeString(companies, Files.readString(companies).replaceFirst("\"layer\": \"upstream\"", "\"layer\": \"chips\""));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar().toString(), "--server.port=0"))
                .redirectErrorStream(true);
        builder.environment().put("REPORT_DATA_DIR", data.toString());
        builder.environment().put("REPORT_STORE_DIR", data.resolve("store").toString());
        Process process = builder.start();
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) process.destroyForcibly();

        assertThat(ended).as("the app stops by itself").isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("companies.json $.companies[0].layer: unknown layer \"chips\"")
                .contains("Fix the files named above");
        assertThat(output).doesNotContain("\tat org.ailandscape");
    }
}
