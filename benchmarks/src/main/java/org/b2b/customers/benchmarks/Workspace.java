package org.b2b.customers.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks keep their files: {@code target/benchmarks} of this module, found from where the classes
 * were loaded (the shaded jar or {@code target/classes}), so that any working directory and every JMH fork agree.
 */
final class Workspace {

    private Workspace() {}

    static Path directory() {
        try {
            Path codeSource = Path.of(Workspace.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path directory = codeSource.getParent().resolve("benchmarks");
            Files.createDirectories(directory);
            return directory;
        } catch (URISyntaxException | java.io.IOException e) {
            throw new IllegalStateException("cannot find the benchmarks' directory", e);
        }
    }
}
