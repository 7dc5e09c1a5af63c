package org.lingong.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivesTests {

    @TempDir
    Path temp;

    private static byte[] tarGz(String name, String content, int mode) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(data.length);
            entry.setMode(mode);
            tar.putArchiveEntry(entry);
            tar.write(data);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void keepsExecutableBitsSoServerScriptsRun() throws IOException {
        Path target = temp.resolve("server");
        Archives.unpack("server.tar.gz", new ByteArrayInputStream(tarGz("bin/start", "#!/bin/sh\n", 0755)), target);
        assertThat(Files.readString(target.resolve("bin/start"))).isEqualTo("#!/bin/sh\n");
        assertThat(Files.isExecutable(target.resolve("bin/start"))).isTrue();
    }

    @Test
    void refusesEntriesThatEscapeTheTargetAndLeavesNothingBehind() {
        Path target = temp.resolve("server");
        assertThatIOException().isThrownBy(() -> Archives.unpack("evil.tar.gz",
                new ByteArrayInputStream(tarGz("../../outside", "x", 0644)), target))
                .withMessageContaining("escapes");
        assertThat(target).doesNotExist();
        assertThat(temp.resolve("outside")).doesNotExist();
    }

    @Test
    void replacesAPreviousInstallWhole() throws IOException {
        Path target = temp.resolve("server");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale"), "old");
        Archives.unpack("server.tar.gz", new ByteArrayInputStream(tarGz("fresh", "new", 0644)), target);
        assertThat(target.resolve("stale")).doesNotExist();
        assertThat(target.resolve("fresh")).hasContent("new");
    }

    @Test
    void refusesUnknownArchiveTypes() {
        assertThatIOException().isThrownBy(() -> Archives.unpack("server.rar", new ByteArrayInputStream(new byte[0]),
                temp.resolve("server"))).withMessageContaining("unknown archive type");
    }
}
