package org.lingong.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a server distribution the build fetched into the local Maven repository (the dev-stack pom declares them), so
 * nothing is downloaded twice and no download address lives in code.
 */
final class LocalMavenRepository {

    private LocalMavenRepository() {
    }

    static Path artifact(String groupId, String artifactId, String version, String extension) throws IOException {
        String configured = System.getProperty("maven.repo.local", System.getenv("MAVEN_REPO_LOCAL"));
        Path repository = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path file = repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
                .resolve(artifactId + "-" + version + "." + extension);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing: build dev-stack first (./mvnw -pl dev-stack install), "
                    + "which fetches it from Maven Central");
        }
        return file;
    }
}
