package dev.retort.script.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.tools.SimpleJavaFileObject;

/**
 * A revision file given to the compiler. Revision files are named after their revision
 * ({@code 20251016_prompt.java}), not their class, so this file object accepts any public class
 * name, which javac otherwise requires to match the file name.
 */
final class SourceFile extends SimpleJavaFileObject {
    final Path path;

    SourceFile(Path path) {
        super(path.toUri(), Kind.SOURCE);
        this.path = path;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    @Override
    public boolean isNameCompatible(String simpleName, Kind kind) {
        return kind == Kind.SOURCE;
    }

    @Override
    public NestingKind getNestingKind() {
        return null;
    }

    @Override
    public Modifier getAccessLevel() {
        return null;
    }

    @Override
    public String getName() {
        return path.toString();
    }
}
