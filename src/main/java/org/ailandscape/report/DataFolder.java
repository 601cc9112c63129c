package org.ailandscape.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Where the data files are read from: the copy bundled in the jar, or an external folder. */
public interface DataFolder {

    /** The bytes of a data file; {@link NoSuchFileException} if it is absent. */
    byte[] read(String fileName) throws IOException;

    /** Where this is, for messages. */
    String describe();

    /** When a data file last changed, if that is known. */
    Optional<Instant> lastModified(String fileName);

    static DataFolder of(Path directory) {
        return new DataFolder() {
            @Override
            public byte[] read(String fileName) throws IOException {
                return Files.readAllBytes(directory.resolve(fileName));
            }

            @Override
            public String describe() {
                return directory.toAbsolutePath().toString();
            }

            @Override
            public Optional<Instant> lastModified(String fileName) {
                try {
                    return Optional.of(Files.getLastModifiedTime(directory.resolve(fileName)).toInstant());
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        };
    }

    /** Files held in memory (a version read back from the version store). */
    static DataFolder ofFiles(java.util.Map<String, byte[]> files, String description) {
        return new DataFolder() {
            @Override
            public byte[] read(String fileName) throws IOException {
                byte[] bytes = files.get(fileName);
                if (bytes == null) throw new NoSuchFileException(fileName);
                return bytes;
            }

            @Override
            public String describe() {
                return description;
            }

            @Override
            public Optional<Instant> lastModified(String fileName) {
                return Optional.empty();
            }
        };
    }

    /** The dataset bundled with the application, under {@code classpath:data/}. */
    static DataFolder bundled() {
        return new DataFolder() {
            @Override
            public byte[] read(String fileName) throws IOException {
                try (InputStream in = DataFolder.class.getClassLoader().getResourceAsStream("data/" + fileName)) {
                    if (in == null) throw new NoSuchFileException("data/" + fileName);
                    return in.readAllBytes();
                }
            }

            @Override
            public String describe() {
                return "the bundled dataset (classpath:data/)";
            }

            /** The time the jar records for the file (the build copies it from data/). */
            @Override
            public Optional<Instant> lastModified(String fileName) {
                var url = DataFolder.class.getClassLoader().getResource("data/" + fileName);
                if (url == null) return Optional.empty();
                try {
                    var connection = url.openConnection();
                    connection.setUseCaches(false);
                    long time = connection.getLastModified();
                    return time > 0 ? Optional.of(Instant.ofEpochMilli(time)) : Optional.empty();
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        };
    }
}
