package dev.retort.cli;

import dev.retort.SecretMask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * The process's own System.out and System.err, masked: what a driver or the JVM prints there
 * behind Retort's back (a driver's logger, a warning) passes the same masker as Retort's output.
 */
final class MaskingStream extends OutputStream {
    private final OutputStream target;
    private final SecretMask secrets;
    private final Charset charset;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    MaskingStream(OutputStream target, SecretMask secrets, Charset charset) {
        this.target = target;
        this.secrets = secrets;
        this.charset = charset;
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
    }

    @Override
    public synchronized void flush() throws IOException {
        if (pending.size() > 0) {
            target.write(secrets.mask(pending.toString(charset)).getBytes(charset));
            pending.reset();
        }
        target.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
