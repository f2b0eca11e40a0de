package dev.retort.cli;

import dev.retort.SecretMask;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that masks secrets in what passes through it. Text is held until flush and masked as a
 * whole, so a secret written in pieces (a JSON writer, a stack trace) is still found.
 */
final class MaskingWriter extends Writer {
    private final Writer target;
    private final SecretMask secrets;
    private final StringBuilder pending = new StringBuilder();

    MaskingWriter(Writer target, SecretMask secrets) {
        this.target = target;
        this.secrets = secrets;
    }

    @Override
    public void write(char[] buf, int off, int len) {
        pending.append(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        pending.append(s, off, off + len);
    }

    @Override
    public void flush() throws IOException {
        if (pending.length() > 0) {
            target.write(secrets.mask(pending.toString()));
            pending.setLength(0);
        }
        target.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
