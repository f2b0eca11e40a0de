package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.ScriptFiles;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import dev.retort.script.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Another {@code versions} folder in the project holding revision files: revisions there never
 * run, and a stale copy hides which file is real. Skips dependency and build folders.
 */
public final class StrayVersionsCheck implements Check {
    private static final Set<String> SKIP = Set.of("node_modules", "target", "build", "dist", "out",
            "venv", "site-packages", "__pycache__");
    private static final int MAX_DEPTH = 12;

    @Override
    public List<String> codes() {
        return List.of("stray-versions");
    }

    @Override
    public boolean textOnly() {
        return false;
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        Path root = a.request.projectRoot();
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        Path configured = a.request.versions().toAbsolutePath().normalize();
        Path top = root.toAbsolutePath().normalize();
        List<Diagnosis> out = new ArrayList<>();
        try {
            Files.walkFileTree(top, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(top)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    if (dir.equals(configured) || SKIP.contains(name) || name.startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (name.equals("versions")) {
                        Path sample = firstRevision(dir);
                        if (sample != null) {
                            out.add(Diagnosis.of(new Finding("stray-versions", Severity.WARNING, sample, 1,
                                    "revision files in " + dir + ", outside the configured versions folder " + configured,
                                    "only the configured folder is read, so these revisions never run, and a copy that"
                                            + " differs from the real one hides which is which",
                                    "none automatic: move the revisions you need into " + configured + " and delete " + dir)));
                        }
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return out; // an unreadable corner of the project is not this check's business
        }
        return out;
    }

    /** The first file under {@code dir} that looks like a revision of any format, or null. */
    private static Path firstRevision(Path dir) {
        try (Stream<Path> walk = Files.walk(dir, 3)) {
            return walk.filter(p -> ScriptFiles.isRevisionFile(dir, p)).sorted().filter(StrayVersionsCheck::looksLikeRevision)
                    .findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean looksLikeRevision(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            String head = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
            return switch (Format.ofFileName(p.getFileName().toString())) {
                case ALEMBIC -> head.contains("down_revision");
                case SQL -> head.toLowerCase(java.util.Locale.ROOT).contains("revision id:");
                case JAVA -> head.contains("@Revision");
            };
        } catch (IOException e) {
            return false;
        }
    }
}
