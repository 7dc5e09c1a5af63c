package org.lingong.devstack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** Unpacks server distributions (zip, tar.gz, tar.xz), keeping executable bits and symbolic links. */
final class Archives {

    private Archives() {
    }

    /**
     * Unpacks into {@code target} through a temporary sibling directory renamed at the end, so an interrupted unpack
     * never leaves a half-installed server behind.
     */
    static void unpack(String name, InputStream archive, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteRecursively(partial);
        Files.createDirectories(partial);
        try (ArchiveInputStream<? extends ArchiveEntry> entries = open(name, new BufferedInputStream(archive))) {
            ArchiveEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                Path path = partial.resolve(entry.getName()).normalize();
                if (!path.startsWith(partial)) {
                    throw new IOException("archive entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry instanceof TarArchiveEntry tar && tar.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(tar.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(entries, path, StandardCopyOption.REPLACE_EXISTING);
                    if (isExecutable(entry)) {
                        Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
                        permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE,
                                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
                        Files.setPosixFilePermissions(path, permissions);
                    }
                }
            }
        }
        deleteRecursively(target);
        Files.move(partial, target);
    }

    private static ArchiveInputStream<? extends ArchiveEntry> open(String name, InputStream in) throws IOException {
        if (name.endsWith(".zip")) {
            return new ZipArchiveInputStream(in);
        }
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return new TarArchiveInputStream(new GzipCompressorInputStream(in));
        }
        if (name.endsWith(".txz") || name.endsWith(".tar.xz")) {
            return new TarArchiveInputStream(new XZCompressorInputStream(in));
        }
        throw new IOException("unknown archive type: " + name);
    }

    private static boolean isExecutable(ArchiveEntry entry) {
        int mode = switch (entry) {
            case TarArchiveEntry tar -> tar.getMode();
            case ZipArchiveEntry zip -> zip.getUnixMode();
            default -> 0;
        };
        return (mode & 0100) != 0;
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
