package dev.retort.doctor;

import dev.retort.doctor.text.AlembicText;
import dev.retort.doctor.text.JavaText;
import dev.retort.doctor.text.RevisionText;
import dev.retort.doctor.text.SqlText;
import dev.retort.RetortException;
import dev.retort.script.Format;
import dev.retort.script.RevisionHeader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One file of the versions folder as doctor sees it: its bytes, its text, and either what it
 * declares or why it could not be read. {@code lossless} is false when the bytes are not valid
 * UTF-8, so the text cannot be written back without changing them: repairs leave such files alone.
 */
public record ScriptFile(Path path, Format format, byte[] bytes, String content, boolean lossless,
                  RevisionText text, RetortException error) {

    /** Decodes and parses; never throws for bad content. */
    static ScriptFile of(Path path, Format format, byte[] bytes) {
        String content;
        boolean lossless = true;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            content = new String(bytes, StandardCharsets.UTF_8);
            lossless = false;
        }
        return parse(path, format, bytes, content, lossless);
    }

    /** A file whose text a repair has changed (always valid UTF-8). */
    public static ScriptFile edited(Path path, Format format, String content) {
        return parse(path, format, content.getBytes(StandardCharsets.UTF_8), content, true);
    }

    /** The same bytes under another name (a rename changes the path every finding shows). */
    public ScriptFile movedTo(Path target) {
        return parse(target, format, bytes, content, lossless);
    }

    private static ScriptFile parse(Path path, Format format, byte[] bytes, String content, boolean lossless) {
        try {
            RevisionText text = switch (format) {
                case ALEMBIC -> AlembicText.parse(path, content);
                case SQL -> SqlText.parse(path, content);
                case JAVA -> JavaText.parse(path, content);
            };
            return new ScriptFile(path, format, bytes, content, lossless, text, null);
        } catch (RetortException e) {
            return new ScriptFile(path, format, bytes, content, lossless, null, e);
        } catch (RuntimeException e) {
            // A reader bug must not hide the other files' findings; report it like bad input.
            return new ScriptFile(path, format, bytes, content, lossless, null,
                    RetortException.usage(path + ":1: cannot read this revision (" + e + ")",
                            "report this as a Retort bug, with the file if you can share it"));
        }
    }

    public boolean readable() {
        return text != null;
    }

    public RevisionHeader revision() {
        return text.revision();
    }

    public String id() {
        return text.revision().id();
    }

    /** The file name without its extension: what people mistake for the id. */
    public String stem() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The 1-based line of a header key, as the reader recorded it. */
    public int line(String key) {
        return text == null ? 1 : text.revision().source().line(key);
    }
}
