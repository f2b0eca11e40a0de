package dev.retort;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.DdlExecutor;
import dev.retort.dialect.ddl.DdlRenderer;
import dev.retort.engine.Checksums;
import dev.retort.engine.GraphPlans;
import dev.retort.engine.JavaBody;
import dev.retort.engine.RevisionScript;
import dev.retort.engine.SqlSections;
import dev.retort.graph.RevisionMap;
import dev.retort.script.Format;
import dev.retort.script.RevisionHeader;
import dev.retort.script.SqlRevisionReader;
import dev.retort.script.SqlScript;
import dev.retort.script.TransactionMode;
import dev.retort.script.compile.CompiledRevision;
import dev.retort.script.compile.CompiledRevisions;
import dev.retort.script.compile.RevisionCompiler;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Turns the revisions of one run into runnable scripts: SQL files are read and parsed, Java
 * files compiled in one batch per plan (through the class cache) and adapted to the engine with
 * the operation executor, or, offline, rendered as SQL. Holds the class loaders of compiled
 * revisions until closed, at the end of the run.
 */
final class RevisionScripts implements AutoCloseable {
    private final RevisionMap map;
    private final Dialect dialect;
    private final RevisionCompiler compiler;
    private final MigrationListener listener;
    private final boolean offline;
    private final Map<String, CompiledRevision> classpath;
    private final XArguments x;
    private final List<CompiledRevisions> loaded = new ArrayList<>();
    private final Map<String, Optional<RevisionScript>> checksums = new ConcurrentHashMap<>();
    private boolean allChecksummed;

    /** {@code classpath}: revisions compiled into the application, by id; they have no file. */
    RevisionScripts(RevisionMap map, Dialect dialect, RevisionCompiler compiler, MigrationListener listener, boolean offline,
            Map<String, CompiledRevision> classpath, XArguments x) {
        this.map = map;
        this.x = x;
        this.classpath = classpath;
        this.dialect = dialect;
        this.compiler = compiler;
        this.listener = listener;
        this.offline = offline;
    }

    /** The scripts of a plan, in its order. */
    List<RevisionScript> of(List<RevisionHeader> plan) {
        List<Path> javaFiles = new ArrayList<>();
        for (RevisionHeader r : plan) {
            if (format(r) == Format.JAVA) {
                javaFiles.add(r.source().path());
            } else if (format(r) != Format.SQL && !classpath.containsKey(r.id())) {
                throw GraphPlans.notRunnable(r);
            }
        }
        CompiledRevisions compiled = javaFiles.isEmpty() ? null : compile(javaFiles);
        RevisionScript[] out = new RevisionScript[plan.size()];
        // Reading and parsing thousands of small files is what a large first run waits on.
        IntStream.range(0, out.length).parallel().forEach(i -> {
            RevisionHeader r = plan.get(i);
            out[i] = format(r) == Format.SQL ? sql(r)
                    : format(r) == Format.JAVA ? java(r, compiled.get(r.source().path()), bytes(r))
                    : java(r, classpath.get(r.id()), classBytes(classpath.get(r.id())));
        });
        return List.of(out);
    }

    /**
     * A script that carries only the checksum of the revision's file, for the check of applied
     * revisions and for stamping; empty when nothing defines the id. The first call reads every file
     * in parallel: a database that has applied some revisions is checked against all of them.
     */
    Optional<RevisionScript> forChecksum(String id) {
        if (!allChecksummed) {
            List<RevisionHeader> all = map.revisions();
            IntStream.range(0, all.size()).parallel().forEach(i -> checksums.put(all.get(i).id(), checksumOnly(all.get(i))));
            allChecksummed = true;
        }
        return checksums.getOrDefault(id, Optional.empty());
    }

    private Optional<RevisionScript> checksumOnly(RevisionHeader r) {
        byte[] bytes;
        if (r.source() != null) {
            bytes = bytes(r); // Alembic files too: stamping one records its checksum
        } else if (classpath.containsKey(r.id())) {
            bytes = classBytes(classpath.get(r.id()));
        } else {
            return Optional.empty();
        }
        return Optional.of(new RevisionScript(r, "", 1, "", 1, TransactionMode.PER_REVISION, Checksums.of(bytes)));
    }

    /**
     * What a revision compiled into the application is checksummed by: its class name, since
     * its source is not at hand and its class file changes with every compiler.
     */
    private static byte[] classBytes(CompiledRevision c) {
        return ("class " + c.type().getName()).getBytes(StandardCharsets.UTF_8);
    }

    private static Format format(RevisionHeader r) {
        return r.source() == null ? null : r.source().format();
    }

    /**
     * The sections for this run's database; the checksum still covers the whole file (any
     * section's edit counts), and placeholders are expanded after parsing, so the checksum (of
     * {@code bytes}) is the file's as written.
     */
    private RevisionScript sql(RevisionHeader r) {
        byte[] bytes = bytes(r);
        Path path = r.source().path();
        SqlScript s = SqlSections.select(SqlRevisionReader.parse(path, decode(path, bytes)), dialect);
        return RevisionScript.of(s.revision(), x.expand(s.upgrade().sql(), path, s.upgrade().startLine()),
                s.upgrade().startLine(), x.expand(s.downgrade().sql(), path, s.downgrade().startLine()),
                s.downgrade().startLine(), s.transaction(), bytes);
    }

    private RevisionScript java(RevisionHeader r, CompiledRevision compiled, byte[] bytes) {
        if (!compiled.revision().id().equals(r.id())) {
            throw RetortException.usage(r.where("revision") + ": the compiled class says revision '" + compiled.revision().id()
                    + "', the file's annotation '" + r.id() + "'", "write the @Revision values as plain string literals");
        }
        TransactionMode mode = compiled.transaction().isEmpty() ? TransactionMode.PER_REVISION
                : TransactionMode.ofText(compiled.transaction());
        Migration migration = compiled.newInstance();
        if (offline) {
            DdlRenderer renderer = dialect.ddl();
            return RevisionScript.of(r, offlineSql(renderer, Recorder.upgrade(migration, x.values())), 1,
                    offlineSql(renderer, Recorder.downgrade(migration, x.values())), 1, mode, bytes);
        }
        JavaBody body = (direction, connection, beforeStatement) -> {
            DdlExecutor executor = new DdlExecutor(dialect.ddl(), connection, beforeStatement, x.values());
            if (direction == Direction.UPGRADE) {
                executor.upgrade(migration);
            } else {
                executor.downgrade(migration);
            }
        };
        return RevisionScript.ofJava(r, body, mode, bytes);
    }

    /** The operations as one script that the dialect's splitter cuts back into the same statements. */
    private static String offlineSql(DdlRenderer renderer, List<Operation> operations) {
        StringBuilder sql = new StringBuilder();
        for (Operation op : operations) {
            for (String statement : renderer.renderOffline(op)) {
                sql.append(statement).append(";\n");
            }
        }
        return sql.toString();
    }

    private CompiledRevisions compile(List<Path> files) {
        long start = System.nanoTime();
        CompiledRevisions compiled = compiler.compile(files);
        loaded.add(compiled);
        if (compiled.compiledFiles() > 0) {
            listener.compiled(compiled.compiledFiles(), Duration.ofNanos(System.nanoTime() - start));
        }
        return compiled;
    }

    private static byte[] bytes(RevisionHeader r) {
        try {
            return Files.readAllBytes(r.source().path());
        } catch (IOException e) {
            throw RetortException.usage("cannot read " + r.source().path() + ": " + e.getMessage(),
                    "check that the file exists and is readable");
        }
    }

    private static String decode(Path path, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw RetortException.usage(path + ":1: not valid UTF-8", "save the revision file as UTF-8");
        }
    }

    @Override
    public void close() {
        loaded.forEach(CompiledRevisions::close);
        loaded.clear();
    }
}
